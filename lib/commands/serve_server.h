// `netjs serve` in a built-in mode: a core::TcpServer with C++ connection handlers; no JS heap.
#pragma once

#include "commands/serve_options.h"
#include "commands/serve_connection.h"

namespace netjs::commands {

int run_native_server(const ServeOptions& opts, ServeMode mode);

}  // namespace netjs::commands

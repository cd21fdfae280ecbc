// `netjs serve` in a built-in mode: a core::TcpServer with C++ connection handlers; no JS heap.
#pragma once

#include "serve_options.h"
#include "serve_connection.h"

namespace netjs::app {

int run_native_server(const ServeOptions& opts, ServeMode mode);

}  // namespace netjs::app

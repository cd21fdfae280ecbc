// `netjs serve`: an echo (discard, sink, chargen) server, or a JS module per connection.
#pragma once

#include "commands/serve_options.h"

#include <CLI/CLI.hpp>

namespace netjs::app {

using commands::ServeOptions;

CLI::App* setup_serve(CLI::App& app, ServeOptions& opts);
int run_serve(const ServeOptions& opts);

}  // namespace netjs::app

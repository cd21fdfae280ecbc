// The JS side of `netjs serve`: the wrapper that hands each connection of a listening net.Server to
// the user's module (--script), and ES5 modules equivalent to the built-in modes (--print-script).
#pragma once

#include "serve_options.h"

#include <string>

namespace netjs::app {

// The module source for `mode` (echo, discard, sink, chargen); nullptr for an unknown mode.
const char* mode_script(const std::string& mode);

// Runs `netjs serve --script FILE` on the JS runtime and the real net module.
int run_script_server(const ServeOptions& opts);

}  // namespace netjs::app

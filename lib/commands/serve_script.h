// The JS side of `netjs serve`: running the wrapper that hands each connection of a listening
// net.Server to the user's module (--script), and the ES5 modules equivalent to the built-in modes
// (--print-script). Both are embedded modules (lib/js/modules/internal/serve/).
#pragma once

#include "commands/serve_options.h"

#include <string>
#include <string_view>

namespace netjs::commands {

// The module source for `mode` (echo, discard, sink, chargen); empty for an unknown mode.
std::string_view mode_script(const std::string& mode);

// Runs `netjs serve --script FILE` on the JS runtime and the real net module.
int run_script_server(const ServeOptions& opts);

}  // namespace netjs::commands

// The public face of the JS runtime for the CLI: run a script file or a code string to completion.
#pragma once

#include "js/script_options.h"
#include "js/version.h"

#include <string_view>

namespace netjs::js {

// Runs until the event loop drains or process.exit(); returns the process exit code.
int run_script(const ScriptOptions& opts);

// The source of a built-in module ("internal/serve/echo") as embedded; empty if there is none.
std::string_view builtin_source(const char* name);

}  // namespace netjs::js

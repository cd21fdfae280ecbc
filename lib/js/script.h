// The public face of the JS runtime for the CLI: run a script file or a code string to completion.
#pragma once

#include "js/script_options.h"
#include "js/version.h"

namespace netjs::js {

// Runs until the event loop drains or process.exit(); returns the process exit code.
int run_script(const ScriptOptions& opts);

}  // namespace netjs::js

// The exit codes of every netjs command, documented in --help, README and man/netjs.1.
#pragma once

namespace netjs::app {

enum ExitCode {
  kExitOk = 0,
  kExitScriptError = 1,  // a script's uncaught exception, syntax error, or failing 'exit' listener
  kExitUsage = 2,        // bad command line, unreadable script file
};

// The table as printed at the end of --help.
const char* exit_code_help();

}  // namespace netjs::app

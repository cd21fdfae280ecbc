#include "exit_codes.h"

namespace netjs::app {

const char* exit_code_help() {
  return "Exit status:\n"
         "  0  success (a script: the loop drained; or its process.exit(n) / process.exitCode)\n"
         "  1  uncaught exception, syntax error, or an error in an 'exit' listener\n"
         "  2  usage error: bad option or argument, script file not found or unreadable\n";
}

}  // namespace netjs::app

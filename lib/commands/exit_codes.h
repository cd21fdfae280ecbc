// The exit codes of every netjs command, documented in --help, README and man/netjs.1. Network
// failures get one code per class so a shell script can tell "closed" from "silent" from "no such
// name" (nc, ncat and socat return 1 for all of them).
#pragma once

#include "core/error_class.h"

namespace netjs::commands {

enum ExitCode {
  kExitOk = 0,
  kExitScriptError = 1,  // a script's uncaught exception, syntax error, or failing 'exit' listener;
                         // netjs test: a test failed or timed out
  kExitUsage = 2,        // bad command line, unreadable script file
  kExitRefused = 3,      // connection refused
  kExitTimeout = 4,      // no answer in time (connect, --wait, idle timeout, probe --hold's echo)
  kExitDns = 5,          // the name does not resolve
  kExitNetwork = 6,      // other network or I/O error: unreachable, reset, address in use, ...;
                         // probe --hold: the held flow got an RST or a FIN
  kExitMismatch = 7,     // --expect: the text did not arrive
};

int exit_code_for(core::ErrorClass c);

// The table as printed at the end of --help.
const char* exit_code_help();

}  // namespace netjs::commands

#include "commands/exit_codes.h"

namespace netjs::commands {

int exit_code_for(core::ErrorClass c) {
  switch (c) {
    case core::ErrorClass::kNone: return kExitOk;
    case core::ErrorClass::kRefused: return kExitRefused;
    case core::ErrorClass::kTimeout: return kExitTimeout;
    case core::ErrorClass::kDns: return kExitDns;
    case core::ErrorClass::kUnreachable:
    case core::ErrorClass::kReset:
    case core::ErrorClass::kOther: break;
  }
  return kExitNetwork;
}

const char* exit_code_help() {
  return "Exit status:\n"
         "  0  success (a script: the loop drained; or its process.exit(n) / process.exitCode)\n"
         "  1  uncaught exception, syntax error, or an error in an 'exit' listener (scripts only);\n"
         "     netjs test: a test failed or timed out\n"
         "  2  usage error: bad option or argument, script file not found or unreadable\n"
         "  3  connection refused (UDP, -u: an ICMP port unreachable)\n"
         "  4  timeout: no connection, no answer (probe -u: no reply, open or filtered) or\n"
         "     (with --wait) no open port in time;\n"
         "     probe --hold: the echo stopped coming back (silence)\n"
         "  5  DNS failure: the name does not resolve\n"
         "  6  other network or I/O error: unreachable, reset, address in use, ...;\n"
         "     probe --hold: the flow was reset (RST) or closed (FIN)\n"
         "  7  --expect: the expected text did not arrive\n";
}

}  // namespace netjs::commands

// What a script run is given, and the exit codes it adds to the script's own. A header of its own so
// the runtime (below the public face in script.h) can take it without including upward.
#pragma once

#include <string>
#include <vector>

namespace netjs::js {

struct ScriptOptions {
  std::string file;                // path of the script; ignored when `eval` is set
  std::string eval;                // code given with -e
  bool is_eval = false;
  // Set instead of `file` or `eval`: the built-in module run as the main program (say
  // "internal/serve/wrapper"); its export is called with JSON.parse(builtin_config) and a require().
  std::string builtin_main;
  std::string builtin_config;      // a JSON object
  std::vector<std::string> args;   // script arguments: process.argv[2...]
  std::string exec_path;           // process.argv[0] / process.execPath
  // The process exits as soon as run_script() returns: the JS heap is then left to the OS instead of
  // being freed object by object (a sixth of a short script's start-up). Handles are closed either way;
  // sanitizer builds always free the heap, so leak checks still see everything.
  bool exit_follows = false;
};

// Exit codes beyond the script's own (process.exit(n) and exitCode are passed through).
enum ScriptExit {
  kScriptOk = 0,
  kScriptUncaught = 1,     // uncaught exception, syntax error, error in an 'exit' listener
  kScriptNotFound = 2,     // the script file does not exist or cannot be read (same as a usage error)
};

}  // namespace netjs::js

// netjs command line: run a script (`netjs FILE.js [args]`, `netjs -e CODE`) or a subcommand.
// Argument parsing and dispatch only: the work is in lib/.
#include "exit_codes.h"
#include "global_options.h"
#include "js/script.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::string version_line() {
  return std::string("netjs ") + netjs::js::version() + " (" + netjs::js::engine_version() + ")";
}

}  // namespace

int main(int argc, char** argv) {
  // A peer closing its end must surface as EPIPE on write, never kill the process.
  std::signal(SIGPIPE, SIG_IGN);

  using namespace netjs::app;
  CLI::App app{"netjs: run IoT.js/Node-style JavaScript networking scripts on Duktape + libuv", "netjs"};
  app.footer(exit_code_help());
  app.set_version_flag("--version", version_line());
  GlobalOptions global;
  setup_global_options(app, global);

  std::string eval_code;
  app.add_option("-e,--eval", eval_code, "Run CODE instead of a script file");
  // The script path and everything after it belong to the script, options included.
  app.prefix_command();
  app.allow_extras();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "netjs: " << e.what() << "\nRun 'netjs --help' for usage.\n";
    return kExitUsage;
  }

  std::string log_error = apply_global_options(global);
  if (!log_error.empty()) {
    std::cerr << "netjs: " << log_error << "\n";
    return kExitUsage;
  }

  std::vector<std::string> rest = app.remaining();
  netjs::js::ScriptOptions script;
  script.exec_path = argv[0];
  if (app.count("--eval") > 0) {
    script.is_eval = true;
    script.eval = eval_code;
    script.args = rest;
  } else {
    if (rest.empty()) {
      std::cerr << "netjs: no script given\n" << app.help();
      return kExitUsage;
    }
    script.file = rest.front();
    script.args.assign(rest.begin() + 1, rest.end());
  }
  std::fflush(stdout);
  return netjs::js::run_script(script);
}

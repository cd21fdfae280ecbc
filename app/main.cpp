// netjs command line: run a script (`netjs FILE.js [args]`, `netjs -e CODE`) or a subcommand
// (serve, connect, probe, help). Argument parsing and dispatch only: the work is in lib/ and in the
// cmd_* files.
#include "cmd_common.h"
#include "cmd_connect.h"
#include "cmd_probe.h"
#include "cmd_serve.h"
#include "cmd_test.h"
#include "commands/exit_codes.h"
#include "global_options.h"
#include "js/script.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

namespace {

std::string version_line() {
  return std::string("netjs ") + netjs::js::version() + " (" + netjs::js::engine_version() + ")";
}

// `netjs FILE.js [ARGS...]` with no option before the file: what the parser below would make of it
// (the first word that is neither an option nor a subcommand starts the script's own arguments), without
// building the whole command line's option tables, which costs as much as a tenth of a start-up.
bool is_plain_script_call(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-' || argv[1][0] == '\0') return false;
  for (const char* sub : {"serve", "connect", "probe", "test", "help"}) {
    if (std::strcmp(argv[1], sub) == 0) return false;
  }
  return true;
}

int run_script_file(int argc, char** argv) {
  std::string log_error = netjs::app::apply_global_options(netjs::app::GlobalOptions{});
  if (!log_error.empty()) {
    std::cerr << "netjs: " << log_error << "\n";
    return netjs::app::kExitUsage;
  }
  netjs::js::ScriptOptions script;
  script.exec_path = argv[0];
  script.file = argv[1];
  script.args.assign(argv + 2, argv + argc);
  script.exit_follows = true;
  return netjs::js::run_script(script);
}

}  // namespace

int main(int argc, char** argv) {
  // A peer closing its end must surface as EPIPE on write, never kill the process.
  std::signal(SIGPIPE, SIG_IGN);
  if (is_plain_script_call(argc, argv)) return run_script_file(argc, argv);

  using namespace netjs::app;
  CLI::App app{"netjs: run IoT.js/Node-style JavaScript networking scripts on Duktape + libuv,\n"
               "or serve, connect to and probe TCP and UDP ports without writing JS.\n\n"
               "  netjs [OPTIONS] FILE.js [ARGS...]       run a script; ARGS go to process.argv[2...]\n"
               "  netjs [OPTIONS] -e CODE [ARGS...]       run CODE\n"
               "  netjs [OPTIONS] SUBCOMMAND [OPTIONS]    serve, connect, probe, test (netjs help SUBCOMMAND)\n",
               "netjs"};
  app.footer(exit_code_help());
  app.set_version_flag("--version", version_line());
  GlobalOptions global;
  setup_global_options(app, global);

  // Subcommands inherit the parent's settings at creation: create them before prefix_command().
  // fallthrough lets the global options (-v, --log-level, ...) also follow the subcommand name.
  app.fallthrough();
  ServeOptions serve;
  serve.exec_path = argv[0];
  CLI::App* serve_cmd = setup_serve(app, serve);
  ConnectOptions connect;
  CLI::App* connect_cmd = setup_connect(app, connect);
  ProbeOptions probe;
  CLI::App* probe_cmd = setup_probe(app, probe);
  netjs::runner::RunnerOptions test_opts;
  CLI::App* test_cmd = setup_test(app, test_opts);
  std::string help_topic;
  CLI::App* help_cmd = app.add_subcommand("help", "Show help for netjs or for a subcommand");
  help_cmd->add_option("SUBCOMMAND", help_topic, "serve, connect, probe or test")
      ->check(CLI::IsMember({"serve", "connect", "probe", "test"}))
      ->option_text("SUBCOMMAND");
  for (CLI::App* sub : {serve_cmd, connect_cmd, probe_cmd, test_cmd, help_cmd}) sub->footer(exit_code_help());
  app.require_subcommand(0, 1);

  std::string eval_code;
  app.add_option("-e,--eval", eval_code, "Run CODE instead of a script file")->option_text("CODE");
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
    std::string cmd;
    for (CLI::App* sub : app.get_subcommands()) cmd = sub->get_name();
    return usage_error(cmd, e.what());
  }

  std::string log_error = apply_global_options(global);
  if (!log_error.empty()) {
    std::cerr << "netjs: " << log_error << "\n";
    return kExitUsage;
  }

  std::vector<std::string> rest = app.remaining();
  CLI::App* chosen = app.get_subcommands().empty() ? nullptr : app.get_subcommands().front();
  if (chosen && !rest.empty()) {
    return usage_error(chosen->get_name(), "unexpected argument '" + rest.front() + "'");
  }
  if (chosen == help_cmd) {
    if (help_topic.empty()) std::cout << app.help();
    else std::cout << app.get_subcommand(help_topic)->help("netjs");
    return kExitOk;
  }
  if (chosen && app.count("--eval") > 0) {
    return usage_error(chosen->get_name(), "-e cannot be combined with a subcommand");
  }
  serve.common.quiet = connect.common.quiet = probe.common.quiet = global.quiet;
  if (chosen == serve_cmd) return run_serve(serve);
  if (chosen == connect_cmd) return run_connect(connect);
  if (chosen == probe_cmd) return run_probe(probe);
  if (chosen == test_cmd) return run_test(test_opts);

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
  script.exit_follows = true;
  return netjs::js::run_script(script);
}

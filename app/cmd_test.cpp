#include "cmd_test.h"

#include "cmd_common.h"
#include "commands/exit_codes.h"

namespace netjs::app {

CLI::App* setup_test(CLI::App& app, runner::RunnerOptions& opts) {
  CLI::App* sub = app.add_subcommand(
      "test", "Run JS test files, each in a fresh netjs process, in parallel; report text, TAP or JUnit XML");
  sub->add_option("PATH", opts.paths,
                  "Test files, or directories searched recursively for test*.js and *.test.js "
                  "(default: ./test or ./tests)")
      ->option_text("PATH...");
  sub->add_option("-j,--jobs", opts.jobs, "Tests run at once (default: the number of CPUs)")
      ->check(CLI::Range(1u, 1024u))
      ->option_text("N");
  sub->add_option("--timeout", opts.timeout_s,
                  "Seconds a test may run (default: 60); a file's '// netjs-test: timeout=N' wins")
      ->check(CLI::Range(0.001, 86400.0))
      ->option_text("SECONDS");
  // One value per --glob: a vector option would otherwise swallow the PATHs that follow.
  sub->add_option("--glob", opts.globs, "File-name pattern for directories, repeatable (default: test*.js, *.test.js)")
      ->allow_extra_args(false)
      ->option_text("PATTERN");
  sub->add_option("--filter", opts.filter, "Only tests whose path contains TEXT (or matches it, if it has * ? [)")
      ->option_text("TEXT");
  sub->add_flag("--tap", opts.tap,
                "Report as TAP version 13 on stdout (a require('test') script's test()s as a subtest block)");
  sub->add_option("--junit", opts.junit_file,
                  "Also write a JUnit XML report to FILE (a testcase per file, or per test() of a require('test') script)")
      ->option_text("FILE");
  sub->add_flag("--list", opts.list, "Print the selected test files and exit");
  sub->add_option("--netjs", opts.exec_path,
                  "The netjs to run each test with (default: this one), e.g. another build or an emulator wrapper")
      ->option_text("PATH");
  sub->add_flag("--bail", opts.bail, "Stop at the first failure: start no more tests, kill the running ones");
  return sub;
}

int run_test(const runner::RunnerOptions& opts) {
  std::string err;
  switch (runner::run_tests(opts, &err)) {
    case runner::kRunnerPassed: return kExitOk;
    case runner::kRunnerFailed: return kExitScriptError;
    default: return usage_error("test", err);
  }
}

}  // namespace netjs::app

// `netjs test`: finds JS test files, runs each in a fresh netjs process (in parallel, each with a
// timeout) and reports the verdicts as text, TAP 13 and/or JUnit XML. The public face for the CLI.
#pragma once

#include <string>
#include <vector>

namespace netjs::runner {

struct RunnerOptions {
  std::vector<std::string> paths;  // files or directories; empty: ./test or ./tests
  std::vector<std::string> globs;  // file-name patterns for directories; empty: kDefaultGlobs
  std::string filter;              // keep tests whose path contains this (or matches it as a glob)
  double timeout_s = 60;           // per test; a file's `// netjs-test: timeout=N` wins
  unsigned jobs = 0;               // parallel tests; 0: the number of CPUs
  bool tap = false;                // TAP 13 on stdout instead of the text report
  std::string junit_file;          // also write JUnit XML here
  bool list = false;               // print the selected test files, run nothing
  bool bail = false;               // stop at the first failure
  std::string exec_path;           // the netjs binary the tests run in; empty: this executable
};

// Patterns matched against the file name (not the path) when a directory is searched.
extern const char* const kDefaultGlobs[];  // "test*.js", "*.test.js"; nullptr-terminated

enum RunnerExit {
  kRunnerPassed = 0,  // every test passed (or was skipped); --list printed the list
  kRunnerFailed = 1,  // a test failed or timed out, or --bail stopped the run
  kRunnerUsage = 2,   // a path does not exist, no test file found, the JUnit file cannot be written
};

// Runs (or lists) the tests. On kRunnerUsage, *usage_error says what is wrong, in one line, for the
// CLI to print as its usage error.
int run_tests(const RunnerOptions& opts, std::string* usage_error);

}  // namespace netjs::runner

// The outputs of a run. Every reporter sees the results in file order (the runner holds back a
// result until those before it are in), so a parallel run reads like a serial one.
#pragma once

#include "runner/test_file.h"

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace netjs::runner {

struct RunSummary {
  std::size_t total = 0;      // tests selected
  std::size_t passed = 0;     // expected failures included
  std::size_t failed = 0;     // timeouts and errors included
  std::size_t timed_out = 0;
  std::size_t errors = 0;     // could not be run
  std::size_t skipped = 0;
  std::size_t not_run = 0;    // left out by --bail or an interruption
  bool bailed = false;
  std::string bail_test;      // the failure that stopped the run
  int interrupted_by = 0;     // SIGINT/SIGTERM stopped the run
  double wall_s = 0;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin(std::size_t total, unsigned jobs) = 0;
  virtual void result(const TestResult& r) = 0;
  virtual void end(const RunSummary& s) = 0;
};

// One line per test as it completes, then the failures with their stderr tails, then the summary.
std::unique_ptr<Reporter> make_text_reporter(std::ostream& out);
// TAP version 13: the plan first, a YAML block per test (duration; reason, handles, stderr tail on
// failure), "Bail out!" after a --bail stop.
std::unique_ptr<Reporter> make_tap_reporter(std::ostream& out);
// JUnit XML (one <testsuite>), written to `path` when the run ends. Returns nullptr and sets *err
// when the file cannot be created (checked before any test runs).
std::unique_ptr<Reporter> make_junit_reporter(const std::string& path, std::string* err);

// How many lines of a failing test's output the text and TAP reports show.
constexpr std::size_t kTailLines = 30;

}  // namespace netjs::runner

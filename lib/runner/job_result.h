// Turning what a test process did into a verdict: exit status, signal, timeout, the header's
// expect-fail, and the hang report inside its stderr.
#pragma once

#include "runner/test_file.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netjs::runner {

struct ProcessOutcome {
  bool exited = false;       // exit status / signal known
  int64_t exit_status = 0;
  int term_signal = 0;
  bool timed_out = false;    // the runner's timer fired
  double timeout_s = 0;
  double duration_s = 0;
  std::string out, err;      // captured output (tails)
  bool out_truncated = false, err_truncated = false;
  std::vector<Subtest> subtests;   // read from its TAP (tape_reader.h)
  std::size_t subtests_dropped = 0;
};

TestResult judge(const TestFile& file, ProcessOutcome outcome);

// Results for tests that are not run: skipped ones, and ones that cannot be (an error).
TestResult skipped_result(const TestFile& file);
TestResult error_result(const TestFile& file, std::string reason);

}  // namespace netjs::runner

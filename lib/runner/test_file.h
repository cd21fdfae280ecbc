// What the runner knows about one test file, and what running it produced.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netjs::runner {

// Settings a file gives itself in its header comment (see directives.h).
struct Directives {
  double timeout_s = 0;     // 0: the runner's --timeout
  bool expect_fail = false; // passes only if it exits non-zero (or is killed by a signal)
  bool skip = false;
  std::string skip_reason;
  std::string error;        // a malformed directive; the test is then reported as an error
};

struct TestFile {
  std::string path;      // as reported: relative to the working directory when below it
  std::string abs_path;  // what the child process runs
  Directives directives;
};

enum class Verdict { kPass, kFail, kTimeout, kSkip };

// One test() of a script that uses require('test'), read from its TAP (see tape_protocol.h).
struct Subtest {
  std::string name;             // "parent > child" for a nested test
  bool skip = false;            // test.skip / { skip: true }
  bool todo = false;            // { todo: true }: its failures do not count
  bool ended = false;           // false: the process ended (or was killed) while it ran
  std::size_t assertions = 0;
  std::size_t failed = 0;       // failed assertions ("not ok" without # TODO)
  std::string message;          // the first failed assertion's description, or why it did not end
  std::string details;          // the failed assertions' TAP lines with their YAML (bounded)
  double duration_s = 0;        // from its start to its end as the runner saw them
};

inline bool failed(const Subtest& s) { return s.failed > 0 || !s.ended; }

struct TestResult {
  const TestFile* file = nullptr;
  Verdict verdict = Verdict::kFail;
  // The test could not be run at all (bad header, netjs could not be started): JUnit's <error>.
  bool error = false;
  bool expected_failure = false;  // passed because it failed, as its header asked
  std::string reason;             // one line: "exit code 1", "killed by SIGSEGV", skip reason, ...
  double duration_s = 0;
  bool exited = false;            // the process ended on its own or by a signal (not still hung)
  int64_t exit_status = 0;
  int term_signal = 0;
  bool hang_report = false;       // the child answered the runner's SIGTERM with its handle list
  std::vector<std::string> open_handles;
  std::string out;                // captured stdout (the last part when it was long)
  std::string err;                // captured stderr, the hang report lines taken out
  bool out_truncated = false;
  bool err_truncated = false;
  std::vector<Subtest> subtests;  // its test()s, when it used require('test'); else empty
  std::size_t subtests_dropped = 0;  // test()s past the runner's limit, not listed
};

inline bool failed(const TestResult& r) { return r.verdict == Verdict::kFail || r.verdict == Verdict::kTimeout; }

}  // namespace netjs::runner

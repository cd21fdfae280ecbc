#include "runner/job_result.h"

#include "core/hang_report_protocol.h"
#include "runner/text.h"

#include <cstring>

namespace netjs::runner {

namespace {

// Moves the hang report's lines out of `err` into the result.
void extract_hang_report(TestResult& r) {
  const std::string header = core::kHangReportHeader;
  const std::string item = core::kHangReportItem;
  std::string kept;
  std::size_t pos = 0;
  while (pos < r.err.size()) {
    std::size_t eol = r.err.find('\n', pos);
    std::size_t end = eol == std::string::npos ? r.err.size() : eol + 1;
    std::string line = r.err.substr(pos, end - pos);
    if (line.compare(0, header.size(), header) == 0) {
      r.hang_report = true;
    } else if (line.compare(0, item.size(), item) == 0) {
      std::string d = line.substr(item.size());
      while (!d.empty() && (d.back() == '\n' || d.back() == '\r')) d.pop_back();
      r.open_handles.push_back(d);
    } else {
      kept += line;
    }
    pos = end;
  }
  r.err = std::move(kept);
}

std::string seconds_text(double s) {
  std::string t = format_seconds(s);
  // "60.00" -> "60", "2.50" -> "2.5"
  while (t.back() == '0') t.pop_back();
  if (t.back() == '.') t.pop_back();
  return t + " s";
}

// A test() still running when the process ended fails, with why the process ended.
void unfinished(TestResult& r, const std::string& why) {
  for (Subtest& s : r.subtests) {
    if (s.ended) continue;
    // Its own failure (tape's "test exited without ending", "plan != count") says it already.
    if (s.message.empty()) s.message = "did not end: " + why;
  }
}

// "2 of 5 tests failed", or "" when none did.
std::string failed_tests(const TestResult& r) {
  std::size_t n = 0;
  for (const Subtest& s : r.subtests) {
    if (failed(s)) ++n;
  }
  if (n == 0) return "";
  std::size_t all = r.subtests.size() + r.subtests_dropped;
  return std::to_string(n) + " of " + std::to_string(all) + " test" + (all == 1 ? "" : "s") + " failed";
}

}  // namespace

TestResult judge(const TestFile& file, ProcessOutcome o) {
  TestResult r;
  r.file = &file;
  r.duration_s = o.duration_s;
  r.exited = o.exited;
  r.exit_status = o.exit_status;
  r.term_signal = o.term_signal;
  r.out = std::move(o.out);
  r.err = std::move(o.err);
  r.out_truncated = o.out_truncated;
  r.err_truncated = o.err_truncated;
  r.subtests = std::move(o.subtests);
  r.subtests_dropped = o.subtests_dropped;
  extract_hang_report(r);

  if (o.timed_out) {
    r.verdict = Verdict::kTimeout;
    unfinished(r, "timed out");
    r.reason = "timed out after " + seconds_text(o.timeout_s);
    if (!r.hang_report) {
      r.reason += "; no handle report (busy?)";
    } else if (r.open_handles.empty()) {
      r.reason += "; no open handle listed";
    } else {
      r.reason += "; open handles: ";
      for (std::size_t i = 0; i < r.open_handles.size(); ++i) r.reason += (i ? ", " : "") + r.open_handles[i];
    }
    return r;
  }

  std::string how;
  bool ran_ok = false;
  if (!o.exited) how = "did not exit";
  else if (o.term_signal != 0) how = "killed by " + signal_name(o.term_signal);
  else if (o.exit_status != 0) how = "exit code " + std::to_string(o.exit_status);
  else ran_ok = true;
  unfinished(r, ran_ok ? "did not end" : how);
  // A script that reports a failed test() fails, whatever its exit code says.
  std::string tests = failed_tests(r);
  if (!tests.empty()) {
    how = ran_ok ? tests : how + "; " + tests;
    ran_ok = false;
  }

  if (file.directives.expect_fail) {
    if (ran_ok) {
      r.verdict = Verdict::kFail;
      r.reason = "expected to fail, but exited with 0";
    } else {
      r.verdict = Verdict::kPass;
      r.expected_failure = true;
      r.reason = "failed as expected: " + how;
    }
  } else {
    r.verdict = ran_ok ? Verdict::kPass : Verdict::kFail;
    r.reason = how;
  }
  return r;
}

TestResult skipped_result(const TestFile& file) {
  TestResult r;
  r.file = &file;
  r.verdict = Verdict::kSkip;
  r.reason = file.directives.skip_reason;
  return r;
}

TestResult error_result(const TestFile& file, std::string reason) {
  TestResult r;
  r.file = &file;
  r.verdict = Verdict::kFail;
  r.error = true;
  r.reason = std::move(reason);
  return r;
}

}  // namespace netjs::runner

// The human-readable report.
#include "runner/reporter.h"
#include "runner/text.h"

#include <cstdio>

namespace netjs::runner {

namespace {

const char* label(const TestResult& r) {
  switch (r.verdict) {
    case Verdict::kPass: return "PASS   ";
    case Verdict::kFail: return r.error ? "ERROR  " : "FAIL   ";
    case Verdict::kTimeout: return "TIMEOUT";
    case Verdict::kSkip: return "SKIP   ";
  }
  return "?";
}

std::string padded_seconds(const TestResult& r) {
  if (r.verdict == Verdict::kSkip || r.error) return "        ";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%7.2fs", r.duration_s);
  return buf;
}

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(std::ostream& out) : out_(out) {}

  void begin(std::size_t total, unsigned jobs) override {
    out_ << "running " << total << " test file" << (total == 1 ? "" : "s") << ", " << jobs << " at a time\n"
         << std::flush;
  }

  void result(const TestResult& r) override {
    out_ << label(r) << " " << padded_seconds(r) << "  " << r.file->path;
    if (!r.reason.empty()) out_ << ": " << printable_utf8(r.reason);
    out_ << "\n";
    // The file's failed test()s, under it.
    for (const Subtest& t : r.subtests) {
      if (!failed(t)) continue;
      out_ << "                   not ok  " << printable_utf8(t.name) << ": " << printable_utf8(t.message);
      if (t.failed > 1) out_ << " (" << t.failed << " failed assertions)";
      out_ << "\n";
    }
    out_ << std::flush;
    if (failed(r)) failures_.push_back(r);
  }

  void end(const RunSummary& s) override {
    for (const TestResult& r : failures_) details(r);
    if (s.bailed) {
      out_ << "\n--bail: stopped after " << s.bail_test << "; " << s.not_run << " test"
           << (s.not_run == 1 ? "" : "s") << " not run\n";
    }
    if (s.interrupted_by) {
      out_ << "\ninterrupted by " << signal_name(s.interrupted_by) << "; " << s.not_run << " test"
           << (s.not_run == 1 ? "" : "s") << " not run\n";
    }
    out_ << "\n" << s.passed << " passed, " << s.failed << " failed";
    if (s.timed_out) out_ << " (" << s.timed_out << " timed out)";
    if (s.skipped) out_ << ", " << s.skipped << " skipped";
    if (s.not_run) out_ << ", " << s.not_run << " not run";
    out_ << " in " << format_seconds(s.wall_s) << " s\n" << std::flush;
  }

 private:
  void details(const TestResult& r) {
    out_ << "\n--- " << (r.verdict == Verdict::kTimeout ? "TIMEOUT" : r.error ? "ERROR" : "FAIL") << " "
         << r.file->path << ": " << printable_utf8(r.reason) << "\n";
    if (!r.open_handles.empty()) {
      out_ << "    open handles:\n";
      for (const std::string& h : r.open_handles) out_ << "      " << printable_utf8(h) << "\n";
    }
    // stderr explains most failures; fall back to stdout when a test wrote nothing there.
    const bool use_err = !last_lines(r.err, 1).empty() || last_lines(r.out, 1).empty();
    std::string tail = last_lines(printable_utf8(use_err ? r.err : r.out), kTailLines);
    if (tail.empty()) return;
    std::size_t shown = split_lines(tail).size();
    std::size_t all = split_lines(use_err ? r.err : r.out).size();
    out_ << "    " << (use_err ? "stderr" : "stdout");
    if (shown < all || (use_err ? r.err_truncated : r.out_truncated)) out_ << " (last " << shown << " lines)";
    out_ << ":\n";
    for (const std::string& line : split_lines(tail)) out_ << "    | " << line << "\n";
  }

  std::ostream& out_;
  std::vector<TestResult> failures_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out) { return std::make_unique<TextReporter>(out); }

}  // namespace netjs::runner

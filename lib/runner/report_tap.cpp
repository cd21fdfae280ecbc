// TAP version 13 (testanything.org/tap-version-13-specification): the plan, one test point per
// file with a YAML diagnostic block, and "Bail out!" when --bail stopped the run.
#include "runner/reporter.h"
#include "runner/text.h"

#include <cstdint>
#include <cstdio>

namespace netjs::runner {

namespace {

// A test point's description must not contain '#' (that starts a directive) or a newline.
std::string description(const std::string& s) {
  std::string out;
  for (char c : printable_utf8(s)) {
    if (c == '#' || c == '\\') out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

// A YAML double-quoted scalar.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : printable_utf8(s)) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + "\"";
}

class TapReporter final : public Reporter {
 public:
  explicit TapReporter(std::ostream& out) : out_(out) {}

  void begin(std::size_t total, unsigned) override {
    out_ << "TAP version 13\n1.." << total << "\n" << std::flush;
  }

  void result(const TestResult& r) override {
    ++number_;
    if (!r.subtests.empty()) subtests(r);
    out_ << (failed(r) ? "not ok " : "ok ") << number_ << " - " << description(r.file->path);
    if (r.verdict == Verdict::kSkip) {
      out_ << " # SKIP";
      if (!r.reason.empty()) out_ << " " << description(r.reason);
      out_ << "\n" << std::flush;
      return;
    }
    out_ << "\n  ---\n";
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.1f", r.duration_s * 1000);
    out_ << "  duration_ms: " << ms << "\n";
    if (!r.reason.empty()) out_ << "  message: " << quoted(r.reason) << "\n";
    if (failed(r)) {
      out_ << "  severity: " << (r.error ? "error" : "fail") << "\n";
    }
    if (r.expected_failure) out_ << "  expected_failure: true\n";
    if (r.verdict == Verdict::kTimeout) out_ << "  timed_out: true\n";
    if (r.exited && !r.error && r.verdict != Verdict::kTimeout) {
      if (r.term_signal) out_ << "  signal: " << signal_name(r.term_signal) << "\n";
      else out_ << "  exit_code: " << r.exit_status << "\n";
    }
    if (!r.open_handles.empty()) {
      out_ << "  open_handles:\n";
      for (const std::string& h : r.open_handles) out_ << "    - " << quoted(h) << "\n";
    }
    if (failed(r)) {
      block("stderr", r.err);
      if (last_lines(r.err, 1).empty()) block("stdout", r.out);
    }
    out_ << "  ...\n" << std::flush;
  }

  void end(const RunSummary& s) override {
    if (s.bailed) out_ << "Bail out! " << description(s.bail_test) << " failed (--bail)\n";
    else if (s.interrupted_by) out_ << "Bail out! interrupted by " << signal_name(s.interrupted_by) << "\n";
    out_ << "# " << s.passed << " passed, " << s.failed << " failed";
    if (s.timed_out) out_ << " (" << s.timed_out << " timed out)";
    if (s.skipped) out_ << ", " << s.skipped << " skipped";
    if (s.not_run) out_ << ", " << s.not_run << " not run";
    out_ << " in " << format_seconds(s.wall_s) << " s\n" << std::flush;
  }

 private:
  // The file's test()s as an indented TAP stream before the file's own test point (a "# Subtest:"
  // block as node-tap writes it): one point per test(), a YAML block with the failed assertions.
  void subtests(const TestResult& r) {
    out_ << "# Subtest: " << description(r.file->path) << "\n";
    out_ << "    1.." << r.subtests.size() << "\n";
    std::size_t n = 0;
    for (const Subtest& s : r.subtests) {
      bool bad = failed(s);
      out_ << "    " << (bad ? "not ok " : "ok ") << ++n << " - " << description(s.name);
      if (s.skip) out_ << " # SKIP";
      else if (s.todo) out_ << " # TODO";
      out_ << "\n";
      if (!bad && s.assertions == 0) continue;
      out_ << "      ---\n";
      char ms[32];
      std::snprintf(ms, sizeof ms, "%.1f", s.duration_s * 1000);
      out_ << "      duration_ms: " << ms << "\n";
      out_ << "      assertions: " << s.assertions << "\n";
      if (bad) {
        out_ << "      failed: " << s.failed << "\n";
        out_ << "      message: " << quoted(s.message) << "\n";
        block("details", s.details, "      ", SIZE_MAX);
      }
      out_ << "      ...\n";
    }
    if (r.subtests_dropped) out_ << "    # " << r.subtests_dropped << " more tests not listed\n";
  }

  // The tail of an output stream as a YAML literal block.
  void block(const char* key, const std::string& text, const std::string& indent = "  ",
             std::size_t max_lines = kTailLines) {
    std::string tail = last_lines(printable_utf8(text), max_lines);
    if (tail.empty()) return;
    std::vector<std::string> lines = split_lines(tail);
    // A first line that starts with a space would set the block's indentation: say it explicitly.
    bool explicit_indent = false;
    for (const std::string& l : lines) {
      if (l.empty()) continue;
      explicit_indent = l[0] == ' ';
      break;
    }
    out_ << indent << key << ": " << (explicit_indent ? "|2-" : "|-") << "\n";
    for (const std::string& l : lines) out_ << (l.empty() ? "" : indent + "  ") << l << "\n";
  }

  std::ostream& out_;
  std::size_t number_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_tap_reporter(std::ostream& out) { return std::make_unique<TapReporter>(out); }

}  // namespace netjs::runner

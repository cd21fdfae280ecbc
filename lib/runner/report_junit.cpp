// JUnit XML as CI systems (Jenkins, GitLab, GitHub actions) read it: <testsuites> holding one
// <testsuite>, a <testcase> per file (classname: its directory, dotted; name: the file name),
// <failure> for failed and timed-out tests, <error> for ones that could not run, <skipped>. A file
// that uses require('test') gets a <testcase> per test() instead (classname: the file; name: the
// test's), and one of its own too only when it failed and none of its test()s tells why.
#include "runner/reporter.h"
#include "runner/text.h"
#include "log/log.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>

namespace netjs::runner {

namespace {

std::string attr(const std::string& s) { return "\"" + xml_escape(printable_utf8(s), true) + "\""; }

std::string seconds3(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", s);
  return buf;
}

std::string classname(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos || slash == 0) return "netjs";
  std::string dir = path.substr(0, slash);
  std::size_t start = dir.find_first_not_of("/.");
  if (start == std::string::npos) return "netjs";
  dir = dir.substr(start);
  for (char& c : dir) {
    if (c == '/') c = '.';
  }
  return dir;
}

std::string basename(const std::string& path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string timestamp_now() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  return buf;
}

std::string hostname() {
  char buf[256] = {};
  if (::gethostname(buf, sizeof buf - 1) != 0 || !buf[0]) return "localhost";
  return buf;
}

class JunitReporter final : public Reporter {
 public:
  explicit JunitReporter(std::string path) : path_(std::move(path)), timestamp_(timestamp_now()) {}

  void begin(std::size_t, unsigned) override {}

  void result(const TestResult& r) override {
    bool file_case = true;
    if (!r.subtests.empty()) file_case = subtests(r);
    if (file_case) file_result(r);
  }

  // One <testcase> per test() of the file (classname: the file). Returns whether the file still
  // needs a case of its own: it failed, and no test() says why (a crash after the last test ended,
  // a hang).
  bool subtests(const TestResult& r) {
    bool attached = false;  // the file's output goes with the first failure
    for (const Subtest& s : r.subtests) {
      ++tests_;
      std::ostringstream& o = cases_;
      o << "    <testcase name=" << attr(s.name) << " classname=" << attr(r.file->path) << " time=\""
        << seconds3(s.duration_s) << "\"";
      if (!failed(s) && !s.skip) {
        o << "/>\n";
        continue;
      }
      o << ">\n";
      if (s.skip) {
        o << "      <skipped message=\"skipped\"/>\n";
        ++skipped_;
      } else {
        const char* type = s.ended ? "assertion" : "unfinished";
        std::string body = s.message + "\n";
        if (!s.ended) body += "the file: " + r.reason + "\n";
        if (!s.details.empty()) body += "\n" + s.details;
        o << "      <failure message=" << attr(s.message) << " type=\"" << type << "\">"
          << xml_escape(printable_utf8(body), false) << "</failure>\n";
        ++failures_;
        if (!attached) {
          output(r);
          attached = true;
        }
      }
      o << "    </testcase>\n";
    }
    return failed(r) && !attached;
  }

  void file_result(const TestResult& r) {
    ++tests_;
    std::ostringstream& o = cases_;
    o << "    <testcase name=" << attr(basename(r.file->path)) << " classname=" << attr(classname(r.file->path))
      << " time=\"" << seconds3(r.duration_s) << "\"";
    if (r.verdict == Verdict::kPass) {
      o << "/>\n";
      return;
    }
    o << ">\n";
    if (r.verdict == Verdict::kSkip) {
      o << "      <skipped message=" << attr(r.reason.empty() ? "skipped" : r.reason) << "/>\n";
    } else {
      const char* element = r.error ? "error" : "failure";
      const char* type = r.error ? "error" : r.verdict == Verdict::kTimeout ? "timeout" : "exit";
      std::string body = r.reason + "\n";
      for (const std::string& h : r.open_handles) body += "open handle: " + h + "\n";
      std::string tail = last_lines(r.err, kTailLines);
      if (!tail.empty()) body += "\n" + tail + "\n";
      o << "      <" << element << " message=" << attr(r.reason) << " type=\"" << type << "\">"
        << xml_escape(printable_utf8(body), false) << "</" << element << ">\n";
      output(r);
    }
    o << "    </testcase>\n";
    if (r.verdict == Verdict::kSkip) ++skipped_;
    else if (r.error) ++errors_;
    else ++failures_;
  }

  void end(const RunSummary& s) override {
    std::ostringstream doc;
    std::string counts = " tests=\"" + std::to_string(tests_) + "\" failures=\"" + std::to_string(failures_) +
                         "\" errors=\"" + std::to_string(errors_) + "\"";
    doc << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"netjs test\"" << counts << " time=\"" << seconds3(s.wall_s) << "\">\n"
        << "  <testsuite name=\"netjs test\"" << counts << " skipped=\"" << skipped_ << "\" time=\""
        << seconds3(s.wall_s) << "\" timestamp=\"" << timestamp_ << "\" hostname=" << attr(hostname()) << ">\n"
        << cases_.str() << "  </testsuite>\n</testsuites>\n";
    std::ofstream f(path_, std::ios::binary | std::ios::trunc);
    f << doc.str();
    f.close();
    if (!f) log::get()->error("cannot write the JUnit report {}", path_);
  }

  void output(const TestResult& r) {
    std::ostringstream& o = cases_;
    if (!r.out.empty()) o << "      <system-out>" << xml_escape(printable_utf8(r.out), false) << "</system-out>\n";
    if (!r.err.empty()) o << "      <system-err>" << xml_escape(printable_utf8(r.err), false) << "</system-err>\n";
  }

  bool open() {
    std::ofstream f(path_, std::ios::binary | std::ios::trunc);
    return static_cast<bool>(f);
  }

 private:
  std::string path_;
  std::string timestamp_;
  std::ostringstream cases_;
  std::size_t tests_ = 0, failures_ = 0, errors_ = 0, skipped_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(const std::string& path, std::string* err) {
  auto r = std::make_unique<JunitReporter>(path);
  if (!r->open()) {
    *err = "cannot create the JUnit report '" + path + "'";
    return nullptr;
  }
  return r;
}

}  // namespace netjs::runner

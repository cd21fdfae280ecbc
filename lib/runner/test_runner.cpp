#include "runner/test_runner.h"

#include "core/loop.h"
#include "core/system.h"
#include "log/log.h"
#include "runner/discovery.h"
#include "runner/reporter.h"
#include "runner/scheduler.h"

#include <uv.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <optional>

namespace netjs::runner {

const char* const kDefaultGlobs[] = {"test*.js", "*.test.js", nullptr};

namespace {

// Holds results back until every earlier file has one, so reports come in file order however the
// parallel runs finish.
class InOrder {
 public:
  InOrder(std::size_t n, std::vector<std::unique_ptr<Reporter>>& reporters) : pending_(n), reporters_(reporters) {}

  void add(std::size_t index, TestResult r) {
    pending_[index] = std::move(r);
    while (next_ < pending_.size() && pending_[next_]) emit(next_++);
  }
  // After --bail: what finished, in order, skipping the gaps the killed tests left.
  void flush() {
    for (; next_ < pending_.size(); ++next_) {
      if (pending_[next_]) emit(next_);
    }
  }

 private:
  void emit(std::size_t i) {
    for (auto& rep : reporters_) rep->result(*pending_[i]);
    pending_[i].reset();
  }

  std::vector<std::optional<TestResult>> pending_;
  std::vector<std::unique_ptr<Reporter>>& reporters_;
  std::size_t next_ = 0;
};

// NETJS_TEST_TIME_FACTOR: how much slower than native this run is (5 under qemu-user, as the cross
// builds' ctest sets it); it stretches every timeout as it does ctest's.
double time_factor() {
  const char* v = std::getenv("NETJS_TEST_TIME_FACTOR");
  double f = v ? std::strtod(v, nullptr) : 1;
  return f >= 1 ? f : 1;
}

void tally(RunSummary& s, const TestResult& r) {
  switch (r.verdict) {
    case Verdict::kPass: ++s.passed; break;
    case Verdict::kSkip: ++s.skipped; break;
    case Verdict::kTimeout: ++s.timed_out; ++s.failed; break;
    case Verdict::kFail:
      ++s.failed;
      if (r.error) ++s.errors;
      break;
  }
}

}  // namespace

int run_tests(const RunnerOptions& opts, std::string* usage_error) {
  std::vector<std::string> globs = opts.globs;
  if (globs.empty()) {
    for (const char* const* g = kDefaultGlobs; *g; ++g) globs.emplace_back(*g);
  }
  Discovery found = discover(opts.paths, globs);
  if (!found.errors.empty()) {
    *usage_error = found.errors.front();
    return kRunnerUsage;
  }

  std::vector<TestFile> files;
  for (TestFile& f : found.files) {
    if (opts.filter.empty() || filter_matches(opts.filter, f.path)) files.push_back(std::move(f));
  }
  if (files.empty()) {
    *usage_error = "no test files found" + (opts.filter.empty() ? std::string() : " matching --filter " + opts.filter);
    return kRunnerUsage;
  }
  if (opts.list) {
    for (const TestFile& f : files) std::cout << f.path << "\n";
    std::cout << std::flush;
    return kRunnerPassed;
  }

  SchedulerOptions so;
  so.exec_path = opts.exec_path.empty() ? core::executable_path() : opts.exec_path;
  if (so.exec_path.empty()) {
    *usage_error = "cannot find the netjs executable to run the tests in";
    return kRunnerUsage;
  }
  so.timeout_s = opts.timeout_s;
  so.time_factor = time_factor();
  so.jobs = opts.jobs > 0 ? opts.jobs : core::available_parallelism();
  so.bail = opts.bail;

  std::vector<std::unique_ptr<Reporter>> reporters;
  reporters.push_back(opts.tap ? make_tap_reporter(std::cout) : make_text_reporter(std::cout));
  if (!opts.junit_file.empty()) {
    std::string err;
    auto junit = make_junit_reporter(opts.junit_file, &err);
    if (!junit) {
      *usage_error = err;
      return kRunnerUsage;
    }
    reporters.push_back(std::move(junit));
  }

  RunSummary summary;
  summary.total = files.size();
  for (auto& rep : reporters) rep->begin(files.size(), std::min<std::size_t>(so.jobs, files.size()));
  const uint64_t start = uv_hrtime();
  InOrder ordered(files.size(), reporters);
  {
    core::Loop loop;
    Scheduler scheduler(loop, so, files, [&](std::size_t index, TestResult r) {
      tally(summary, r);
      if (opts.bail && failed(r) && summary.bail_test.empty()) summary.bail_test = r.file->path;
      ordered.add(index, std::move(r));
    });
    scheduler.run();
    summary.bailed = scheduler.bailed();
    summary.interrupted_by = scheduler.interrupted_by();
    int rc = loop.close();
    if (rc != 0) log::get()->error("test: event loop did not close cleanly: {}", uv_err_name(rc));
  }
  ordered.flush();
  summary.wall_s = static_cast<double>(uv_hrtime() - start) / 1e9;
  summary.not_run = summary.total - summary.passed - summary.failed - summary.skipped;
  for (auto& rep : reporters) rep->end(summary);
  return summary.failed > 0 || summary.bailed || summary.interrupted_by ? kRunnerFailed : kRunnerPassed;
}

}  // namespace netjs::runner

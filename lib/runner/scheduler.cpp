#include "runner/scheduler.h"

#include "core/child_process.h"
#include "core/hang_report_protocol.h"
#include "core/signal.h"
#include "core/timer.h"
#include "log/log.h"
#include "runner/job_result.h"
#include "runner/tail_buffer.h"
#include "runner/tape_protocol.h"
#include "runner/tape_reader.h"

#include <uv.h>

#include <algorithm>
#include <csignal>

namespace netjs::runner {

namespace {
constexpr std::size_t kOutputLimit = 256 * 1024;  // per stream and test
constexpr uint64_t kReapMs = 1000;                // after SIGKILL, for pipes a grandchild holds
}  // namespace

// One running test: its child process, its timer, its output. Lives from spawn to the child's close.
class Scheduler::Job final : public core::ChildListener {
 public:
  Job(Scheduler& s, std::size_t index, const TestFile& file)
      : sched_(s), index_(index), file_(file), out_(kOutputLimit), err_(kOutputLimit) {
    outcome_.timeout_s =
        (file.directives.timeout_s > 0 ? file.directives.timeout_s : s.opts_.timeout_s) * s.opts_.time_factor;
  }

  ~Job() override {
    if (timer_) timer_->close();
  }

  std::size_t index() const { return index_; }

  // Returns 0, or the libuv error that kept the process from starting.
  int start() {
    core::ChildOptions co;
    co.file = sched_.opts_.exec_path;
    co.args = {file_.abs_path};
    co.extra_env = {std::string(core::kHangReportEnv) + "=1", std::string(kTapeMarksEnv) + "=1"};
    int err = 0;
    started_ns_ = uv_hrtime();
    child_ = core::ChildProcess::spawn(sched_.loop_, co, this, &err);
    if (!child_) return err;
    timer_ = core::Timer::create(sched_.loop_, [this](core::Timer&) { on_timer(); });
    timer_->set_label("test timeout " + file_.path);
    (void)timer_->start(static_cast<uint64_t>(outcome_.timeout_s * 1000));
    return 0;
  }

  // --bail: the result no longer matters. Closing the child kills it.
  void cancel() {
    cancelled_ = true;
    if (child_) child_->close();
  }
  bool cancelled() const { return cancelled_; }

  void on_child_output(core::ChildProcess&, Stream stream, const char* data, std::size_t len) override {
    if (stream == kStdout) out_.feed(data, len, now_s());
    else err_.append(data, len);
  }

  void on_child_exit(core::ChildProcess&, int64_t status, int signal) override {
    outcome_.exited = true;
    outcome_.exit_status = status;
    outcome_.term_signal = signal;
  }

  void on_child_close(core::ChildProcess&) override {
    child_ = nullptr;
    if (timer_) {
      timer_->close();
      timer_ = nullptr;
    }
    outcome_.duration_s = static_cast<double>(uv_hrtime() - started_ns_) / 1e9;
    out_.finish(now_s());
    outcome_.out = out_.take_output(&outcome_.out_truncated);
    outcome_.subtests = out_.take_subtests();
    outcome_.subtests_dropped = out_.dropped();
    outcome_.err = err_.take(&outcome_.err_truncated);
    // Last statement: job_done deletes this job.
    sched_.job_done(this, judge(file_, std::move(outcome_)));
  }

 private:
  enum Stage { kRunning, kTerminated, kKilled };

  void on_timer() {
    if (!child_) return;
    switch (stage_) {
      case kRunning:
        // Ask for the hang report; a test whose loop is free answers at once and exits.
        log::get()->info("{} timed out; sending SIGTERM", file_.path);
        outcome_.timed_out = true;
        stage_ = kTerminated;
        child_->kill(SIGTERM);
        (void)timer_->start(static_cast<uint64_t>(sched_.opts_.grace_s * 1000));
        break;
      case kTerminated:
        log::get()->info("{} did not answer SIGTERM; sending SIGKILL", file_.path);
        stage_ = kKilled;
        child_->kill(SIGKILL);
        (void)timer_->start(kReapMs);
        break;
      case kKilled:
        // Dead, but something it started still holds the output pipes: stop waiting for them.
        child_->close();
        break;
    }
  }

  Scheduler& sched_;
  std::size_t index_;
  const TestFile& file_;
  core::ChildProcess* child_ = nullptr;
  core::Timer* timer_ = nullptr;
  uint64_t started_ns_ = 0;
  static double now_s() { return static_cast<double>(uv_hrtime()) / 1e9; }

  Stage stage_ = kRunning;
  TapeReader out_;
  TailBuffer err_;
  ProcessOutcome outcome_;
  bool cancelled_ = false;
};

Scheduler::Scheduler(core::Loop& loop, SchedulerOptions opts, const std::vector<TestFile>& files,
                     ResultCallback on_result)
    : loop_(loop), opts_(std::move(opts)), files_(files), on_result_(std::move(on_result)) {
  if (opts_.jobs == 0) opts_.jobs = 1;
}

Scheduler::~Scheduler() = default;

void Scheduler::run() {
  // Unref'd watchers: they never keep the loop alive; Loop::close() closes them.
  for (int signum : {SIGINT, SIGTERM}) {
    int err = 0;
    core::Signal* sig = core::Signal::start(
        loop_, signum,
        [this](core::Signal&, int s) {
          if (interrupted_by_ != 0) return;
          log::get()->warn("test: interrupted by {}; stopping the tests", s == SIGINT ? "SIGINT" : "SIGTERM");
          interrupted_by_ = s;
          stop_all();
        },
        &err);
    if (!sig) log::get()->warn("test: cannot watch signal {}: {}", signum, uv_strerror(err));
  }
  launch_more();
  loop_.run();
}

void Scheduler::stop_all() {
  stopped_ = true;  // launch nothing more
  for (auto& job : running_) job->cancel();
}

void Scheduler::launch_more() {
  if (launching_) return;  // deliver() below may come back here
  launching_ = true;
  while (!stopped_ && next_ < files_.size() && running_.size() < opts_.jobs) {
    std::size_t i = next_++;
    const TestFile& f = files_[i];
    if (!f.directives.error.empty()) {
      deliver(i, error_result(f, "bad netjs-test header: " + f.directives.error));
      continue;
    }
    if (f.directives.skip) {
      deliver(i, skipped_result(f));
      continue;
    }
    auto job = std::make_unique<Job>(*this, i, f);
    int err = job->start();
    if (err != 0) {
      deliver(i, error_result(f, "cannot start " + opts_.exec_path + ": " + uv_strerror(err)));
      continue;
    }
    running_.push_back(std::move(job));
  }
  launching_ = false;
}

void Scheduler::deliver(std::size_t index, TestResult result) {
  bool bail_now = opts_.bail && !stopped_ && failed(result);
  on_result_(index, std::move(result));
  if (bail_now) {
    bailed_ = true;
    stop_all();
  }
}

void Scheduler::job_done(Job* job, TestResult result) {
  auto it = std::find_if(running_.begin(), running_.end(), [job](const auto& j) { return j.get() == job; });
  std::unique_ptr<Job> owned = std::move(*it);
  running_.erase(it);
  if (!owned->cancelled()) deliver(owned->index(), std::move(result));
  owned.reset();
  launch_more();
}

}  // namespace netjs::runner

// Runs test files as child processes on the loop: at most `jobs` at once, each with a timer. On
// timeout a test gets SIGTERM (it answers with its open handles, see core/hang_report_protocol.h),
// then SIGKILL after a grace period if it does not exit (a busy JS loop cannot answer).
#pragma once

#include "core/loop.h"
#include "runner/test_file.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace netjs::runner {

struct SchedulerOptions {
  std::string exec_path;     // the netjs binary
  double timeout_s = 60;     // per test unless its header says otherwise
  unsigned jobs = 1;
  bool bail = false;         // after the first failure: start nothing more, kill what runs
  double grace_s = 2;        // SIGTERM -> SIGKILL
  double time_factor = 1;    // multiplies every timeout (slow, emulated runs)
};

class Scheduler {
 public:
  // `on_result` gets every finished (or skipped) test with its index in `files`, in completion
  // order. Tests killed by --bail produce no result.
  using ResultCallback = std::function<void(std::size_t index, TestResult result)>;

  Scheduler(core::Loop& loop, SchedulerOptions opts, const std::vector<TestFile>& files, ResultCallback on_result);
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Runs until every test has finished, or until --bail or a signal has stopped the run and every
  // child has been reaped. SIGINT and SIGTERM stop the run: running tests are killed, none is left
  // behind (a hung test would otherwise outlive a runner killed by CI).
  void run();
  bool bailed() const { return bailed_; }
  int interrupted_by() const { return interrupted_by_; }  // the signal that stopped the run, or 0

 private:
  class Job;
  friend class Job;

  void launch_more();
  void stop_all();
  void deliver(std::size_t index, TestResult result);
  void job_done(Job* job, TestResult result);  // deletes the job

  core::Loop& loop_;
  SchedulerOptions opts_;
  const std::vector<TestFile>& files_;
  ResultCallback on_result_;
  std::vector<std::unique_ptr<Job>> running_;
  std::size_t next_ = 0;
  bool launching_ = false;
  bool stopped_ = false;  // --bail or a signal: launch nothing more
  bool bailed_ = false;
  int interrupted_by_ = 0;
};

}  // namespace netjs::runner

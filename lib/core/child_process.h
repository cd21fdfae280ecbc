// A child process with its stdout and stderr read through pipes, reporting to a ChildListener. Used
// by `netjs test` to run every test file in a fresh netjs process. A Subprocess with two PipeSockets
// underneath (the child_process module's seam), plus the runner's policy: output captured until both
// pipes end, the environment merged, one close for the three.
#pragma once

#include "core/loop.h"
#include "core/pipe_socket.h"
#include "core/subprocess.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netjs::core {

class ChildProcess;

struct ChildOptions {
  std::string file;                    // the executable; also argv[0]
  std::vector<std::string> args;       // argv[1...]
  std::vector<std::string> extra_env;  // "NAME=value" entries added to (or replacing) the inherited ones
  std::string cwd;                     // empty: the parent's
};

class ChildListener {
 public:
  enum Stream { kStdout = 1, kStderr = 2 };
  virtual ~ChildListener() = default;
  // `data` is valid only during the call (it points into the loop's shared read buffer).
  virtual void on_child_output(ChildProcess& child, Stream stream, const char* data, std::size_t len) = 0;
  // The process has exited and both pipes reached end of file, so every byte of output has been
  // delivered. `exit_status` is meaningful when `term_signal` is 0. The child closes itself next.
  virtual void on_child_exit(ChildProcess& child, int64_t exit_status, int term_signal) = 0;
  // Last call: the child's handles are closed and it is deleted when this returns. Comes without a
  // preceding on_child_exit when the child was closed before it finished (see close()).
  virtual void on_child_close(ChildProcess& child) = 0;
};

class ChildProcess final : public Resource, private SubprocessListener, private PipeListener {
 public:
  // Starts the process (stdin is /dev/null). Returns nullptr and sets *err (a libuv code: UV_ENOENT,
  // UV_EACCES, ...) on failure; the listener is then never called.
  static ChildProcess* spawn(Loop& loop, const ChildOptions& opts, ChildListener* listener, int* err);

  // Sends a signal. Returns a libuv error (UV_ESRCH once the process has exited).
  int kill(int signum);
  int pid() const { return pid_; }
  bool exited() const { return exited_; }

  // Closes the pipes and the process handle. A process still running is SIGKILLed first: a closed
  // handle can no longer reap it, and nothing netjs starts may outlive it. Output not yet read is lost.
  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  ChildProcess(Loop& loop, ChildListener* listener, std::string name);
  ~ChildProcess() override = default;

  // SubprocessListener
  void on_exit(Subprocess& process, int64_t exit_status, int term_signal) override;
  void on_close(Subprocess& process) override;
  // PipeListener, for stdout and stderr
  void on_data(Stream& stream, const char* data, std::size_t len) override;
  void on_end(Stream& stream) override;
  void on_error(Stream& stream, const Error& err) override;
  void on_write_done(Stream&, const Error&) override {}
  void on_close(Stream& stream) override;

  void stream_ended(Stream& stream);
  void maybe_finish();
  void part_closed();

  Subprocess* process_ = nullptr;
  PipeSocket* stdout_ = nullptr;
  PipeSocket* stderr_ = nullptr;
  ChildListener* listener_;
  std::string name_;
  int pid_ = 0;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
  int open_parts_ = 0;
  bool exited_ = false;
  bool stdout_eof_ = false;
  bool stderr_eof_ = false;
  bool finished_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

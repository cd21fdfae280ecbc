// A child process with its stdout and stderr read through pipes, reporting to a ChildListener. Used
// by `netjs test` to run every test file in a fresh netjs process.
#pragma once

#include "core/loop.h"

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

class ChildProcess final : public Resource {
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

  void on_read(uv_stream_t* stream, ssize_t nread);
  void maybe_finish();
  void handle_closed();

  uv_process_t process_{};
  uv_pipe_t stdout_{};
  uv_pipe_t stderr_{};
  ChildListener* listener_;
  std::string name_;
  int pid_ = 0;
  int64_t exit_status_ = 0;
  int term_signal_ = 0;
  int open_handles_ = 0;
  bool spawned_ = false;
  bool exited_ = false;
  bool stdout_eof_ = false;
  bool stderr_eof_ = false;
  bool finished_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

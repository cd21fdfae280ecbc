// A child process whose stdio the owner chooses descriptor by descriptor: a PipeSocket (a stream the
// owner reads or writes like any other), a descriptor of ours passed down, or nothing. Reports the
// exit to a SubprocessListener; the pipes live on as the owner's streams. The one place netjs starts
// a process: the child_process module stands on it, and so does ChildProcess (the test runner's).
#pragma once

#include "core/loop.h"

#include <cstdint>
#include <string>
#include <vector>

namespace netjs::core {

class PipeSocket;
class Subprocess;

struct StdioSpec {
  enum Kind { kIgnore, kPipe, kInherit };
  Kind kind = kIgnore;
  int fd = -1;                 // kInherit: our descriptor the child gets
  PipeSocket* pipe = nullptr;  // kPipe: a fresh, unopened PipeSocket; the spawn connects it
};

struct SpawnOptions {
  std::string file;               // looked up in PATH when it has no slash
  std::vector<std::string> args;  // argv, argv[0] included
  std::vector<std::string> env;   // "NAME=value", the whole environment
  bool inherit_env = true;        // true: `env` is ignored and the child gets ours
  std::string cwd;                // empty: ours
  std::vector<StdioSpec> stdio;   // fd 0, 1, 2, ...
  bool detached = false;
};

class SubprocessListener {
 public:
  virtual ~SubprocessListener() = default;
  // The process exited (`term_signal` 0) or was killed by a signal. Its pipes may still hold data.
  virtual void on_exit(Subprocess& process, int64_t exit_status, int term_signal) = 0;
  // Last call; the process handle is closed and deleted when this returns.
  virtual void on_close(Subprocess& process) = 0;
};

class Subprocess final : public Resource {
 public:
  // Starts the process. Returns nullptr and sets *err (UV_ENOENT, UV_EACCES, ...) on failure; the
  // listener is then never called (the pipes of `opts` stay the caller's, unopened).
  static Subprocess* spawn(Loop& loop, const SpawnOptions& opts, SubprocessListener* listener, int* err);

  // Returns a libuv error (UV_ESRCH once the process has exited).
  [[nodiscard]] int kill(int signum);
  int pid() const { return pid_; }
  bool exited() const { return exited_; }

  // Closes the process handle; a process still running is SIGKILLed first (a closed handle can no
  // longer reap it, and nothing netjs starts may outlive it by accident).
  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  Subprocess(Loop& loop, SubprocessListener* listener, std::string name);
  ~Subprocess() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&process_); }

  uv_process_t process_{};
  SubprocessListener* listener_;
  std::string name_;
  int pid_ = 0;
  bool exited_ = false;
  bool closing_ = false;
};

// The whole run of a process on a private loop, for spawnSync: `input` written to a piped stdin,
// piped stdout/stderr collected, a timeout that sends `kill_signal`, and a cap on the output.
struct SyncRun {
  std::string input;
  uint64_t timeout_ms = 0;    // 0: none
  int kill_signal = 15;
  uint64_t max_buffer = 0;    // 0: none; more on stdout or stderr kills the child with kill_signal
};

struct SyncResult {
  int error = 0;  // a libuv code: the spawn failed, ETIMEDOUT, or ENOBUFS (max_buffer)
  int pid = 0;
  int64_t status = 0;
  int signal = 0;
  std::string out[3];  // what the child wrote to fd 1 and 2 (when piped)
};

// `opts.stdio` entries of kind kPipe are made here (their `pipe` is ignored).
SyncResult run_sync(const SpawnOptions& opts, const SyncRun& run);

}  // namespace netjs::core

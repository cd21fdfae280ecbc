#include "core/subprocess.h"

#include "core/pipe_socket.h"
#include "core/timer.h"
#include "log/log.h"

#include <csignal>

namespace netjs::core {

namespace {

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

Subprocess::Subprocess(Loop& loop, SubprocessListener* listener, std::string name)
    : Resource(loop), listener_(listener), name_(std::move(name)) {}

Subprocess* Subprocess::spawn(Loop& loop, const SpawnOptions& opts, SubprocessListener* listener, int* err) {
  std::vector<std::string> argv = opts.args.empty() ? std::vector<std::string>{opts.file} : opts.args;
  std::string name;
  for (const std::string& a : argv) name += (name.empty() ? "" : " ") + a;
  std::vector<char*> c_argv = c_strings(argv);
  std::vector<std::string> env = opts.env;
  std::vector<char*> c_env = c_strings(env);

  std::vector<uv_stdio_container_t> stdio(opts.stdio.size());
  for (std::size_t i = 0; i < opts.stdio.size(); ++i) {
    const StdioSpec& s = opts.stdio[i];
    if (s.kind == StdioSpec::kPipe) {
      stdio[i].flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
      stdio[i].data.stream = reinterpret_cast<uv_stream_t*>(&s.pipe->pipe_);
    } else if (s.kind == StdioSpec::kInherit) {
      stdio[i].flags = UV_INHERIT_FD;
      stdio[i].data.fd = s.fd;
    } else {
      stdio[i].flags = UV_IGNORE;
    }
  }

  uv_process_options_t o{};
  o.exit_cb = [](uv_process_t* p, int64_t status, int signal) {
    auto* self = static_cast<Subprocess*>(p->data);
    self->exited_ = true;
    log::get()->debug("exit {} status {} signal {}", log::described(*self), status, signal);
    if (!self->closing_) self->listener_->on_exit(*self, status, signal);
  };
  o.file = opts.file.c_str();
  o.args = c_argv.data();
  o.env = opts.inherit_env ? nullptr : c_env.data();
  o.cwd = opts.cwd.empty() ? nullptr : opts.cwd.c_str();
  o.stdio_count = static_cast<int>(stdio.size());
  o.stdio = stdio.data();
  if (opts.detached) o.flags |= UV_PROCESS_DETACHED;

  auto* p = new Subprocess(loop, listener, std::move(name));
  p->process_.data = p;
  *err = uv_spawn(loop.raw(), &p->process_, &o);
  if (*err != 0) {
    // uv_spawn initialised the handle even so: it is closed the usual way, without telling anyone.
    p->listener_ = nullptr;
    p->close();
    return nullptr;
  }
  p->pid_ = p->process_.pid;
  for (const StdioSpec& s : opts.stdio) {
    if (s.kind == StdioSpec::kPipe) s.pipe->connected_ = true;
  }
  log::get()->debug("spawn {}", log::described(*p));
  return p;
}

int Subprocess::kill(int signum) {
  if (exited_ || closing_) return UV_ESRCH;
  return uv_process_kill(&process_, signum);
}

bool Subprocess::keeps_loop_alive() const {
  return !closing_ && has_ref() && uv_is_active(reinterpret_cast<const uv_handle_t*>(&process_));
}

std::string Subprocess::describe() const { return "child process " + std::to_string(pid_) + " (" + name_ + ")"; }

void Subprocess::close() {
  if (closing_) return;
  if (pid_ != 0 && !exited_) uv_process_kill(&process_, SIGKILL);
  closing_ = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&process_), [](uv_handle_t* h) {
    auto* self = static_cast<Subprocess*>(h->data);
    if (self->listener_) self->listener_->on_close(*self);
    delete self;
  });
}

// --- run_sync -------------------------------------------------------------------------------------------

namespace {

// The private loop's state: the output so far, what is still open, and the limits.
struct SyncState final : SubprocessListener, PipeListener {
  SyncResult result;
  const SyncRun* run = nullptr;
  Subprocess* process = nullptr;
  PipeSocket* pipes[3] = {nullptr, nullptr, nullptr};

  void stop(int error) {
    if (result.error == 0) result.error = error;
    if (process && !process->exited()) (void)process->kill(run->kill_signal);
  }
  int index_of(Stream& s) const {
    for (int i = 0; i < 3; ++i) {
      if (pipes[i] == &s) return i;
    }
    return -1;
  }
  void on_exit(Subprocess&, int64_t status, int signal) override {
    result.status = status;
    result.signal = signal;
  }
  void on_close(Subprocess&) override { process = nullptr; }
  void on_data(Stream& s, const char* data, std::size_t len) override {
    int i = index_of(s);
    if (i < 1) return;
    result.out[i].append(data, len);
    if (run->max_buffer > 0 && result.out[i].size() > run->max_buffer) {
      result.out[i].resize(static_cast<std::size_t>(run->max_buffer));
      stop(UV_ENOBUFS);
      s.close();
    }
  }
  void on_end(Stream& s) override { s.close(); }
  void on_error(Stream& s, const Error&) override { s.close(); }
  void on_write_done(Stream& s, const Error&) override {
    if (index_of(s) == 0) static_cast<PipeSocket&>(s).close();
  }
  void on_close(Stream& s) override {
    int i = index_of(s);
    if (i >= 0) pipes[i] = nullptr;
  }
};

}  // namespace

SyncResult run_sync(const SpawnOptions& given, const SyncRun& run) {
  Loop loop;
  SyncState state;
  state.run = &run;
  SpawnOptions opts = given;
  for (std::size_t i = 0; i < opts.stdio.size(); ++i) {
    if (opts.stdio[i].kind != StdioSpec::kPipe) continue;
    opts.stdio[i].pipe = PipeSocket::create(loop, &state);
    if (i < 3) state.pipes[i] = opts.stdio[i].pipe;
  }
  int err = 0;
  state.process = Subprocess::spawn(loop, opts, &state, &err);
  if (!state.process) {
    state.result.error = err;
    loop.close_all();
    (void)loop.close();
    return state.result;
  }
  state.result.pid = state.process->pid();
  if (PipeSocket* in = state.pipes[0]) {
    int rc = run.input.empty() ? Stream::kWritten : in->write(make_chunk(run.input));
    if (rc != Stream::kQueued) in->close();  // all written (or refused): the child sees end of input
  }
  for (int i = 1; i < 3; ++i) {
    if (state.pipes[i] && state.pipes[i]->read_start() != 0) state.pipes[i]->close();
  }
  Timer* timer = nullptr;
  if (run.timeout_ms > 0) {
    timer = Timer::create(loop, [&state](Timer&) { state.stop(UV_ETIMEDOUT); });
    (void)timer->start(run.timeout_ms);
    timer->unref();  // the process and its pipes keep the loop running, not the timer
  }
  // Every open pipe and the process keep the loop alive; the pipes of the child's own children
  // could hold the loop after it exits, as in Node, until they close too.
  loop.run();
  state.process->close();
  loop.close_all();
  (void)loop.close();
  return state.result;
}

}  // namespace netjs::core

#include "core/child_process.h"

#include "log/log.h"

#include <csignal>
#include <cstring>

extern char** environ;

namespace netjs::core {

namespace {

// The parent's environment with `extra` added; an extra entry replaces an inherited one of the same
// name, so a runner's setting cannot be shadowed by the user's environment.
std::vector<std::string> merged_environment(const std::vector<std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; e && *e; ++e) {
    std::string entry(*e);
    std::string name = entry.substr(0, entry.find('='));
    bool replaced = false;
    for (const std::string& x : extra) {
      if (x.compare(0, name.size() + 1, name + "=") == 0) replaced = true;
    }
    if (!replaced) env.push_back(std::move(entry));
  }
  env.insert(env.end(), extra.begin(), extra.end());
  return env;
}

std::vector<char*> c_strings(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (std::string& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

}  // namespace

ChildProcess::ChildProcess(Loop& loop, ChildListener* listener, std::string name)
    : Resource(loop), listener_(listener), name_(std::move(name)) {}

ChildProcess* ChildProcess::spawn(Loop& loop, const ChildOptions& opts, ChildListener* listener, int* err) {
  std::string name = opts.file;
  for (const std::string& a : opts.args) name += " " + a;
  auto* c = new ChildProcess(loop, listener, std::move(name));
  uv_pipe_init(loop.raw(), &c->stdout_, 0);
  uv_pipe_init(loop.raw(), &c->stderr_, 0);
  loop.stream_initialized();
  c->stdout_.data = c;
  c->stderr_.data = c;
  c->process_.data = c;
  // The process handle counts too: uv_spawn initialises it even when it fails, and it must be closed.
  c->open_handles_ = 3;

  std::vector<std::string> argv{opts.file};
  argv.insert(argv.end(), opts.args.begin(), opts.args.end());
  std::vector<char*> c_argv = c_strings(argv);
  std::vector<std::string> env = merged_environment(opts.extra_env);
  std::vector<char*> c_env = c_strings(env);

  uv_stdio_container_t stdio[3];
  stdio[0].flags = UV_IGNORE;
  stdio[1].flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_WRITABLE_PIPE);
  stdio[1].data.stream = reinterpret_cast<uv_stream_t*>(&c->stdout_);
  stdio[2].flags = static_cast<uv_stdio_flags>(UV_CREATE_PIPE | UV_WRITABLE_PIPE);
  stdio[2].data.stream = reinterpret_cast<uv_stream_t*>(&c->stderr_);

  uv_process_options_t o{};
  o.exit_cb = [](uv_process_t* p, int64_t status, int signal) {
    auto* self = static_cast<ChildProcess*>(p->data);
    self->exited_ = true;
    self->exit_status_ = status;
    self->term_signal_ = signal;
    log::get()->debug("exit {} status {} signal {}", log::described(*self), status, signal);
    self->maybe_finish();
  };
  o.file = opts.file.c_str();
  o.args = c_argv.data();
  o.env = c_env.data();
  o.cwd = opts.cwd.empty() ? nullptr : opts.cwd.c_str();
  o.stdio_count = 3;
  o.stdio = stdio;

  *err = uv_spawn(loop.raw(), &c->process_, &o);
  if (*err != 0) {
    c->listener_ = nullptr;
    c->close();
    return nullptr;
  }
  c->spawned_ = true;
  c->pid_ = c->process_.pid;
  log::get()->debug("spawn {}", log::described(*c));

  auto alloc = [](uv_handle_t* h, std::size_t, uv_buf_t* buf) {
    Loop& l = static_cast<ChildProcess*>(h->data)->loop();
    *buf = uv_buf_init(l.read_buffer(), static_cast<unsigned>(l.read_buffer_size()));
  };
  auto read = [](uv_stream_t* s, ssize_t nread, const uv_buf_t*) {
    static_cast<ChildProcess*>(s->data)->on_read(s, nread);
  };
  for (uv_pipe_t* pipe : {&c->stdout_, &c->stderr_}) {
    int rc = uv_read_start(reinterpret_cast<uv_stream_t*>(pipe), alloc, read);
    if (rc != 0) {  // cannot happen for a fresh pipe; if it did, treat the pipe as finished
      log::get()->error("cannot read from {}: {}", log::described(*c), uv_strerror(rc));
      (pipe == &c->stdout_ ? c->stdout_eof_ : c->stderr_eof_) = true;
    }
  }
  return c;
}

void ChildProcess::on_read(uv_stream_t* stream, ssize_t nread) {
  if (closing_ || nread == 0) return;
  bool is_stdout = stream == reinterpret_cast<uv_stream_t*>(&stdout_);
  if (nread > 0) {
    if (listener_) {
      listener_->on_child_output(*this, is_stdout ? ChildListener::kStdout : ChildListener::kStderr,
                                 loop().read_buffer(), static_cast<std::size_t>(nread));
    }
    return;
  }
  // UV_EOF, or a read error that ends the stream just the same.
  uv_read_stop(stream);
  (is_stdout ? stdout_eof_ : stderr_eof_) = true;
  maybe_finish();
}

void ChildProcess::maybe_finish() {
  if (finished_ || closing_ || !exited_ || !stdout_eof_ || !stderr_eof_) return;
  finished_ = true;
  if (listener_) listener_->on_child_exit(*this, exit_status_, term_signal_);
  close();
}

int ChildProcess::kill(int signum) {
  if (!spawned_ || exited_ || closing_) return UV_ESRCH;
  return uv_process_kill(&process_, signum);
}

bool ChildProcess::keeps_loop_alive() const {
  return !closing_ && uv_is_active(reinterpret_cast<const uv_handle_t*>(&process_));
}

std::string ChildProcess::describe() const { return "child process " + std::to_string(pid_) + " (" + name_ + ")"; }

void ChildProcess::close() {
  if (closing_) return;
  if (spawned_ && !exited_) uv_process_kill(&process_, SIGKILL);
  closing_ = true;
  auto on_closed = [](uv_handle_t* h) { static_cast<ChildProcess*>(h->data)->handle_closed(); };
  uv_close(reinterpret_cast<uv_handle_t*>(&process_), on_closed);
  uv_close(reinterpret_cast<uv_handle_t*>(&stdout_), on_closed);
  uv_close(reinterpret_cast<uv_handle_t*>(&stderr_), on_closed);
}

void ChildProcess::handle_closed() {
  if (--open_handles_ > 0) return;
  if (listener_) listener_->on_child_close(*this);
  delete this;
}

}  // namespace netjs::core

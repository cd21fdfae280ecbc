#include "core/child_process.h"

#include "log/log.h"

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

}  // namespace

ChildProcess::ChildProcess(Loop& loop, ChildListener* listener, std::string name)
    : Resource(loop), listener_(listener), name_(std::move(name)) {}

ChildProcess* ChildProcess::spawn(Loop& loop, const ChildOptions& opts, ChildListener* listener, int* err) {
  SpawnOptions so;
  so.file = opts.file;
  so.args.push_back(opts.file);
  so.args.insert(so.args.end(), opts.args.begin(), opts.args.end());
  so.env = merged_environment(opts.extra_env);
  so.inherit_env = false;
  so.cwd = opts.cwd;
  std::string name;
  for (const std::string& a : so.args) name += (name.empty() ? "" : " ") + a;

  auto* c = new ChildProcess(loop, listener, std::move(name));
  c->stdout_ = PipeSocket::create(loop, c);
  c->stderr_ = PipeSocket::create(loop, c);
  c->open_parts_ = 2;
  so.stdio = {{StdioSpec::kIgnore}, {StdioSpec::kPipe, -1, c->stdout_}, {StdioSpec::kPipe, -1, c->stderr_}};
  c->process_ = Subprocess::spawn(loop, so, c, err);
  if (!c->process_) {
    c->listener_ = nullptr;  // closed quietly: the caller hears of the failure from *err only
    c->close();
    return nullptr;
  }
  ++c->open_parts_;
  c->pid_ = c->process_->pid();
  for (PipeSocket* pipe : {c->stdout_, c->stderr_}) {
    int rc = pipe->read_start();
    if (rc != 0) {  // cannot happen for a fresh pipe; if it did, treat the pipe as finished
      log::get()->error("cannot read from {}: {}", log::described(*c), uv_strerror(rc));
      c->stream_ended(*pipe);
    }
  }
  return c;
}

void ChildProcess::on_data(Stream& stream, const char* data, std::size_t len) {
  if (closing_ || !listener_) return;
  listener_->on_child_output(*this, &stream == stdout_ ? ChildListener::kStdout : ChildListener::kStderr, data, len);
}

// UV_EOF, or a read error that ends the stream just the same.
void ChildProcess::on_end(Stream& stream) { stream_ended(stream); }
void ChildProcess::on_error(Stream& stream, const Error&) { stream_ended(stream); }

void ChildProcess::stream_ended(Stream& stream) {
  (&stream == stdout_ ? stdout_eof_ : stderr_eof_) = true;
  maybe_finish();
}

void ChildProcess::on_exit(Subprocess&, int64_t exit_status, int term_signal) {
  exited_ = true;
  exit_status_ = exit_status;
  term_signal_ = term_signal;
  maybe_finish();
}

void ChildProcess::maybe_finish() {
  if (finished_ || closing_ || !exited_ || !stdout_eof_ || !stderr_eof_) return;
  finished_ = true;
  if (listener_) listener_->on_child_exit(*this, exit_status_, term_signal_);
  close();
}

int ChildProcess::kill(int signum) {
  if (!process_ || exited_ || closing_) return UV_ESRCH;
  return process_->kill(signum);
}

bool ChildProcess::keeps_loop_alive() const { return !closing_ && process_ && process_->keeps_loop_alive(); }

std::string ChildProcess::describe() const { return "child process " + std::to_string(pid_) + " (" + name_ + ")"; }

void ChildProcess::close() {
  if (closing_) return;
  closing_ = true;
  // Subprocess::close SIGKILLs a child still running: nothing netjs starts may outlive it.
  if (process_) process_->close();
  if (stdout_) stdout_->close();
  if (stderr_) stderr_->close();
}

void ChildProcess::on_close(Subprocess&) {
  process_ = nullptr;
  part_closed();
}

void ChildProcess::on_close(Stream& stream) {
  (&stream == stdout_ ? stdout_ : stderr_) = nullptr;
  part_closed();
}

void ChildProcess::part_closed() {
  if (--open_parts_ > 0) return;
  if (listener_) listener_->on_child_close(*this);
  delete this;
}

}  // namespace netjs::core

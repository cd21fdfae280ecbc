#include "core/pipe_socket.h"

#include "log/log.h"

namespace netjs::core {

namespace {

using NameGetter = int (*)(const uv_pipe_t*, char*, std::size_t*);

std::string pipe_name(const uv_pipe_t* pipe, NameGetter get) {
  char buf[256];
  std::size_t len = sizeof(buf);
  if (get(pipe, buf, &len) != 0) return {};
  // An abstract socket's name starts with a NUL; libuv's length does not count a terminator.
  return std::string(buf, len);
}

}  // namespace

PipeSocket* PipeSocket::create(Loop& loop, PipeListener* listener) { return new PipeSocket(loop, listener); }

PipeSocket::PipeSocket(Loop& loop, PipeListener* listener) : Stream(loop, listener) {
  uv_pipe_init(loop.raw(), &pipe_, 0);
  loop.stream_initialized();
  pipe_.data = static_cast<Stream*>(this);
}

Error PipeSocket::error_for(int code, const char* syscall) const {
  if (!path_.empty()) return make_error(code, syscall, path_);
  return make_error(code, syscall);
}

int PipeSocket::connect(const std::string& path) {
  if (closing_) return UV_EBADF;
  if (!connect_) connect_ = std::make_unique<uv_connect_t>();
  path_ = path;
  connect_->data = static_cast<Stream*>(this);
  // uv_pipe_connect reports every failure (a too-long path included) through the callback.
  uv_pipe_connect(connect_.get(), &pipe_, path_.c_str(), [](uv_connect_t* req, int status) {
    PipeSocket* self = from(req->data);
    if (self->closing_) return;
    if (status == 0) self->connected_ = true;
    log::get()->debug("connect {} {}", self->path_, status == 0 ? "ok" : uv_err_name(status));
    self->listener()->on_connect(*self, status == 0 ? Error{} : self->error_for(status, "connect"));
  });
  return 0;
}

int PipeSocket::open(int fd) {
  if (closing_) return UV_EBADF;
  int rc = uv_pipe_open(&pipe_, fd);
  if (rc == 0) connected_ = true;
  return rc;
}

int PipeSocket::shutdown() {
  if (closing_) return UV_EBADF;
  if (!shutdown_req_) shutdown_req_ = std::make_unique<uv_shutdown_t>();
  return start_shutdown(shutdown_req_.get());
}

void PipeSocket::set_idle_timeout(uint64_t ms) {
  if (closing_) return;
  if (!idle_) {
    if (ms == 0) return;
    idle_ = std::make_unique<IdleTimeout>(*this, [](Stream& s) {
      auto& self = static_cast<PipeSocket&>(s);
      self.listener()->on_timeout(self);
    });
    ++open_handles_;
  }
  idle_->set(ms);
}

std::string PipeSocket::local_path() const { return pipe_name(&pipe_, uv_pipe_getsockname); }
std::string PipeSocket::remote_path() const { return pipe_name(&pipe_, uv_pipe_getpeername); }

bool PipeSocket::keeps_loop_alive() const {
  return has_ref() && uv_is_active(reinterpret_cast<const uv_handle_t*>(&pipe_));
}

std::string PipeSocket::describe() const {
  std::string remote = remote_path();
  if (remote.empty()) remote = path_;
  std::string local = local_path();
  if (remote.empty() && local.empty()) return "pipe";
  return "unix socket " + (remote.empty() ? local : remote);
}

void PipeSocket::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  reading_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&pipe_), [](uv_handle_t* h) { from(h->data)->handle_closed(); });
  if (idle_) idle_->close([](Stream& s) { static_cast<PipeSocket&>(s).handle_closed(); });
}

void PipeSocket::handle_closed() {
  if (--open_handles_ > 0) return;
  if (listener_) listener_->on_close(*this);
  delete this;
}

}  // namespace netjs::core

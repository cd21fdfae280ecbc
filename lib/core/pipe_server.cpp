#include "core/pipe_server.h"

#include "core/pipe_socket.h"
#include "log/log.h"

namespace netjs::core {

PipeServer* PipeServer::create(Loop& loop, PipeServerListener* listener) { return new PipeServer(loop, listener); }

PipeServer::PipeServer(Loop& loop, PipeServerListener* listener) : Resource(loop), listener_(listener) {
  uv_pipe_init(loop.raw(), &pipe_, 0);
  loop.stream_initialized();
  pipe_.data = this;
}

int PipeServer::bind(const std::string& path) {
  if (closing_) return UV_EBADF;
  int rc = uv_pipe_bind(&pipe_, path.c_str());
  if (rc == 0) path_ = path;
  return rc;
}

int PipeServer::open(int fd) {
  if (closing_) return UV_EBADF;
  return uv_pipe_open(&pipe_, fd);
}

int PipeServer::listen(int backlog) {
  if (closing_) return UV_EBADF;
  int rc = uv_listen(reinterpret_cast<uv_stream_t*>(&pipe_), backlog, [](uv_stream_t* s, int status) {
    auto* self = static_cast<PipeServer*>(s->data);
    if (self->closing_) return;
    self->listener_->on_connection(*self, status < 0 ? make_error(status, "accept", self->path()) : Error{});
  });
  if (rc == 0) {
    listening_ = true;
    log::get()->debug("listening on {}", log::described(*this));
  }
  return rc;
}

PipeSocket* PipeServer::accept(PipeListener* listener, int* err) {
  *err = closing_ ? UV_EBADF : 0;
  if (*err) return nullptr;
  PipeSocket* socket = PipeSocket::create(loop(), listener);
  *err = uv_accept(reinterpret_cast<uv_stream_t*>(&pipe_), socket->stream());
  if (*err != 0) {
    socket->set_listener(nullptr);  // nobody has seen it: close it quietly
    socket->close();
    return nullptr;
  }
  socket->connected_ = true;
  log::get()->debug("accept {}", log::described(*socket));
  return socket;
}

std::string PipeServer::path() const {
  if (!path_.empty()) return path_;
  char buf[256];
  std::size_t len = sizeof(buf);
  if (uv_pipe_getsockname(&pipe_, buf, &len) != 0) return {};
  return std::string(buf, len);
}

bool PipeServer::keeps_loop_alive() const { return listening_ && has_ref(); }

std::string PipeServer::describe() const {
  std::string p = path();
  return p.empty() ? "unix socket server (not bound)" : "unix socket server " + p;
}

void PipeServer::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  listening_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&pipe_), [](uv_handle_t* h) {
    auto* self = static_cast<PipeServer*>(h->data);
    self->listener_->on_close(*self);
    delete self;
  });
}

}  // namespace netjs::core

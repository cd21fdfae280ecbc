#include "core/fd_stream.h"

#include "log/log.h"

#include <fcntl.h>
#include <unistd.h>

namespace netjs::core {

namespace {
constexpr std::size_t kFileReadSize = 64 * 1024;
}

struct FdStream::WriteReq {
  uv_write_t req{};
  std::unique_ptr<Chunk> chunk;
  std::size_t remaining = 0;
};

FdStream::FdStream(Loop& loop, int fd, FdStreamListener* listener) : Resource(loop), listener_(listener), fd_(fd) {}

FdStream* FdStream::open(Loop& loop, int fd, FdStreamListener* listener, int* err) {
  *err = 0;
  auto* s = new FdStream(loop, fd, listener);
  s->original_flags_ = ::fcntl(fd, F_GETFL);
  if (s->original_flags_ < 0) {
    *err = uv_translate_sys_error(errno);
    delete s;
    return nullptr;
  }
  uv_handle_type type = uv_guess_handle(fd);
  if (type == UV_TTY && uv_tty_init(loop.raw(), &s->tty_, fd, 0) == 0) {
    loop.stream_initialized();
    s->kind_ = kTty;
    s->tty_.data = s;
  } else if (type == UV_NAMED_PIPE || type == UV_TCP || type == UV_UDP || type == UV_UNKNOWN_HANDLE) {
    uv_pipe_init(loop.raw(), &s->pipe_, 0);
    loop.stream_initialized();
    s->pipe_.data = s;
    if (uv_pipe_open(&s->pipe_, fd) == 0) {
      s->kind_ = kPipe;
    } else {
      // Not pollable after all: close the unused handle (its callback counts as one op) and read
      // it as a file.
      ++s->open_ops_;
      uv_close(reinterpret_cast<uv_handle_t*>(&s->pipe_),
               [](uv_handle_t* h) { static_cast<FdStream*>(h->data)->op_done(); });
    }
  }
  if (s->kind_ == kFile) {
    uv_idle_init(loop.raw(), &s->anchor_);
    s->anchor_.data = s;
    s->file_buffer_.resize(kFileReadSize);
  }
  ++s->open_ops_;
  log::get()->debug("open {}", log::described(*s));
  return s;
}

FdStream* FdStream::open_file(Loop& loop, const std::string& path, FdStreamListener* listener, int* err) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = uv_translate_sys_error(errno);
    return nullptr;
  }
  FdStream* s = open(loop, fd, listener, err);
  if (!s) {
    ::close(fd);
    return nullptr;
  }
  s->owns_fd_ = true;
  return s;
}

uv_stream_t* FdStream::stream() {
  return kind_ == kTty ? reinterpret_cast<uv_stream_t*>(&tty_) : reinterpret_cast<uv_stream_t*>(&pipe_);
}

const uv_handle_t* FdStream::handle() const {
  if (kind_ == kTty) return reinterpret_cast<const uv_handle_t*>(&tty_);
  if (kind_ == kPipe) return reinterpret_cast<const uv_handle_t*>(&pipe_);
  return reinterpret_cast<const uv_handle_t*>(&anchor_);
}

int FdStream::read_start() {
  if (closing_) return UV_EBADF;
  if (reading_) return 0;
  reading_ = true;
  if (kind_ == kFile) {
    if (!read_in_flight_) submit_file_read();
    return 0;
  }
  int rc = uv_read_start(
      stream(),
      [](uv_handle_t* h, size_t, uv_buf_t* buf) {
        Loop& loop = static_cast<FdStream*>(h->data)->loop();
        buf->base = loop.read_buffer();
        buf->len = loop.read_buffer_size();
      },
      [](uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) {
        auto* self = static_cast<FdStream*>(s->data);
        if (nread > 0) {
          log::get()->trace("read {} bytes from {}", nread, log::described(*self));
          self->listener_->on_fd_data(*self, buf->base, static_cast<std::size_t>(nread));
        } else if (nread < 0) {
          self->reading_ = false;
          uv_read_stop(s);
          if (nread == UV_EOF) {
            log::get()->debug("end of input {}", log::described(*self));
            self->listener_->on_fd_end(*self);
          } else {
            self->listener_->on_fd_error(*self, make_error(static_cast<int>(nread), "read"));
          }
        }
      });
  if (rc != 0) reading_ = false;
  return rc;
}

int FdStream::read_stop() {
  if (closing_) return UV_EBADF;
  reading_ = false;
  if (kind_ == kFile) return 0;
  return uv_read_stop(stream());
}

void FdStream::submit_file_read() {
  read_req_.data = this;
  uv_buf_t buf = uv_buf_init(file_buffer_.data(), static_cast<unsigned>(file_buffer_.size()));
  int rc = uv_fs_read(loop().raw(), &read_req_, fd_, &buf, 1, -1, [](uv_fs_t* req) {
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    static_cast<FdStream*>(req->data)->on_file_read(result);
  });
  if (rc != 0) {
    reading_ = false;
    listener_->on_fd_error(*this, make_error(rc, "read"));
    return;
  }
  read_in_flight_ = true;
  ++open_ops_;
}

void FdStream::on_file_read(ssize_t result) {
  read_in_flight_ = false;
  if (closing_) {
    op_done();
    return;
  }
  --open_ops_;  // cannot reach zero: the anchor handle is open while not closing
  if (result > 0) {
    log::get()->trace("read {} bytes from {}", result, log::described(*this));
    listener_->on_fd_data(*this, file_buffer_.data(), static_cast<std::size_t>(result));
    if (reading_ && !closing_ && !read_in_flight_) submit_file_read();
  } else if (result == 0) {
    reading_ = false;
    log::get()->debug("end of input {}", log::described(*this));
    listener_->on_fd_end(*this);
  } else {
    reading_ = false;
    listener_->on_fd_error(*this, make_error(static_cast<int>(result), "read"));
  }
}

int FdStream::write(std::unique_ptr<Chunk> chunk) {
  if (closing_) return UV_EBADF;
  const char* p = chunk->data();
  std::size_t left = chunk->size();
  if (kind_ == kFile) {
    while (left > 0) {
      uv_fs_t req;
      uv_buf_t buf = uv_buf_init(const_cast<char*>(p), static_cast<unsigned>(left));
      int rc = uv_fs_write(loop().raw(), &req, fd_, &buf, 1, -1, nullptr);  // no callback: synchronous
      uv_fs_req_cleanup(&req);
      if (rc < 0) return rc;
      p += rc;
      left -= static_cast<std::size_t>(rc);
    }
    return kWritten;
  }
  if (left > 0 && queued_bytes_ == 0) {
    uv_buf_t buf = uv_buf_init(const_cast<char*>(p), static_cast<unsigned>(left));
    int rc = uv_try_write(stream(), &buf, 1);
    if (rc >= 0) {
      p += rc;
      left -= static_cast<std::size_t>(rc);
    } else if (rc != UV_EAGAIN && rc != UV_ENOSYS) {
      return rc;
    }
  }
  if (left == 0) return kWritten;
  chunk->retain();
  auto* w = new WriteReq;
  w->remaining = left;
  w->req.data = w;
  uv_buf_t rest = uv_buf_init(const_cast<char*>(p), static_cast<unsigned>(left));
  w->chunk = std::move(chunk);
  int rc = uv_write(&w->req, stream(), &rest, 1, [](uv_write_t* req, int status) {
    std::unique_ptr<WriteReq> w(static_cast<WriteReq*>(req->data));
    auto* self = static_cast<FdStream*>(req->handle->data);
    self->queued_bytes_ -= w->remaining;
    if (self->closing_) return;
    w.reset();
    if (status != 0) {
      self->listener_->on_fd_error(*self, make_error(status, "write"));
    } else if (self->queued_bytes_ == 0) {
      self->listener_->on_fd_drain(*self);
    }
  });
  if (rc != 0) {
    delete w;
    return rc;
  }
  queued_bytes_ += left;
  return kQueued;
}

bool FdStream::keeps_loop_alive() const {
  if (closing_) return false;
  if (kind_ == kFile) return read_in_flight_;
  return uv_has_ref(handle()) && uv_is_active(handle());
}

std::string FdStream::describe() const {
  const char* what = kind_ == kTty ? "tty" : kind_ == kPipe ? "pipe" : "file";
  return std::string("fd ") + std::to_string(fd_) + " (" + what + ")";
}

void FdStream::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  reading_ = false;
  auto on_closed = [](uv_handle_t* h) { static_cast<FdStream*>(h->data)->op_done(); };
  uv_close(const_cast<uv_handle_t*>(handle()), on_closed);
  // libuv made a pipe non-blocking; a shell sharing the descriptor after we exit expects it as it was.
  if (original_flags_ >= 0 && !(original_flags_ & O_NONBLOCK) && kind_ == kPipe && !owns_fd_) {
    ::fcntl(fd_, F_SETFL, original_flags_);
  }
}

void FdStream::op_done() {
  if (--open_ops_ > 0) return;
  // libuv closes the descriptor of a stream it opened (above 2); a file's is ours to close.
  if (owns_fd_ && kind_ == kFile) ::close(fd_);
  listener_->on_fd_close(*this);
  delete this;
}

}  // namespace netjs::core

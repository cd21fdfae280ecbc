#include "core/fd_stream.h"

#include "log/log.h"

#include <fcntl.h>
#include <unistd.h>

namespace netjs::core {

namespace {
constexpr std::size_t kFileReadSize = 64 * 1024;
}

FdStream::FdStream(Loop& loop, int fd, StreamListener* listener) : Stream(loop, listener), fd_(fd) {}

FdStream* FdStream::open(Loop& loop, int fd, StreamListener* listener, int* err) {
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
    s->tty_.data = static_cast<Stream*>(s);
  } else if (type == UV_NAMED_PIPE || type == UV_TCP || type == UV_UDP || type == UV_UNKNOWN_HANDLE) {
    uv_pipe_init(loop.raw(), &s->pipe_, 0);
    loop.stream_initialized();
    s->pipe_.data = static_cast<Stream*>(s);
    if (uv_pipe_open(&s->pipe_, fd) == 0) {
      s->kind_ = kPipe;
    } else {
      // Not pollable after all: close the unused handle (its callback counts as one op) and read
      // it as a file.
      ++s->open_ops_;
      uv_close(reinterpret_cast<uv_handle_t*>(&s->pipe_),
               [](uv_handle_t* h) { from(h->data)->op_done(); });
    }
  }
  if (s->kind_ == kFile) {
    uv_idle_init(loop.raw(), &s->anchor_);
    s->anchor_.data = static_cast<Stream*>(s);
    s->file_buffer_.resize(kFileReadSize);
  }
  ++s->open_ops_;
  log::get()->debug("open {}", log::described(*s));
  return s;
}

FdStream* FdStream::open_file(Loop& loop, const std::string& path, StreamListener* listener, int* err) {
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
  if (kind_ == kTty) return reinterpret_cast<uv_stream_t*>(&tty_);
  if (kind_ == kPipe) return reinterpret_cast<uv_stream_t*>(&pipe_);
  return nullptr;
}

uv_handle_t* FdStream::own_handle() const {
  if (kind_ == kTty) return reinterpret_cast<uv_handle_t*>(const_cast<uv_tty_t*>(&tty_));
  if (kind_ == kPipe) return reinterpret_cast<uv_handle_t*>(const_cast<uv_pipe_t*>(&pipe_));
  return reinterpret_cast<uv_handle_t*>(const_cast<uv_idle_t*>(&anchor_));
}

int FdStream::read_start() {
  if (kind_ != kFile) return Stream::read_start();
  if (closing_) return UV_EBADF;
  if (reading_) return 0;
  reading_ = true;
  if (!read_in_flight_) submit_file_read();
  return 0;
}

int FdStream::read_stop() {
  if (kind_ != kFile) return Stream::read_stop();
  if (closing_) return UV_EBADF;
  reading_ = false;
  return 0;
}

void FdStream::submit_file_read() {
  read_req_.data = static_cast<Stream*>(this);
  uv_buf_t buf = uv_buf_init(file_buffer_.data(), static_cast<unsigned>(file_buffer_.size()));
  int rc = uv_fs_read(loop().raw(), &read_req_, fd_, &buf, 1, -1, [](uv_fs_t* req) {
    ssize_t result = req->result;
    uv_fs_req_cleanup(req);
    from(req->data)->on_file_read(result);
  });
  if (rc != 0) {
    reading_ = false;
    listener_->on_error(*this, make_error(rc, "read"));
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
  // A file's end is a read of 0 bytes; the listener hears it as a stream's end.
  read_done(result == 0 ? ssize_t{UV_EOF} : result, file_buffer_.data());
  if (result > 0 && reading_ && !closing_ && !read_in_flight_) submit_file_read();
}

int FdStream::write_now(const uv_buf_t* bufs, unsigned nbufs, std::size_t total, std::size_t* done) {
  if (kind_ != kFile) return Stream::write_now(bufs, nbufs, total, done);
  *done = 0;
  for (unsigned i = 0; i < nbufs; ++i) {
    const char* p = bufs[i].base;
    std::size_t left = bufs[i].len;
    while (left > 0) {
      uv_fs_t req;
      uv_buf_t buf = uv_buf_init(const_cast<char*>(p), static_cast<unsigned>(left));
      int rc = uv_fs_write(loop().raw(), &req, fd_, &buf, 1, -1, nullptr);  // no callback: synchronous
      uv_fs_req_cleanup(&req);
      if (rc < 0) return rc;
      p += rc;
      left -= static_cast<std::size_t>(rc);
      bytes_written_ += static_cast<std::size_t>(rc);
    }
  }
  *done = total;
  return 0;
}

bool FdStream::keeps_loop_alive() const {
  if (closing_) return false;
  if (kind_ == kFile) return read_in_flight_;
  return has_ref() && uv_is_active(own_handle());
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
  auto on_closed = [](uv_handle_t* h) { from(h->data)->op_done(); };
  uv_close(own_handle(), on_closed);
  // libuv made a pipe non-blocking; a shell sharing the descriptor after we exit expects it as it was.
  if (original_flags_ >= 0 && !(original_flags_ & O_NONBLOCK) && kind_ == kPipe && !owns_fd_) {
    ::fcntl(fd_, F_SETFL, original_flags_);
  }
}

void FdStream::op_done() {
  if (--open_ops_ > 0) return;
  // libuv closes the descriptor of a stream it opened (above 2); a file's is ours to close.
  if (owns_fd_ && kind_ == kFile) ::close(fd_);
  listener_->on_close(*this);
  delete this;
}

}  // namespace netjs::core

#include "core/stream.h"

#include "log/log.h"

namespace netjs::core {

namespace {

class StringChunk final : public Chunk {
 public:
  explicit StringChunk(std::string bytes) : bytes_(std::move(bytes)) {}
  const char* data() const override { return bytes_.data(); }
  std::size_t size() const override { return bytes_.size(); }

 private:
  std::string bytes_;
};

// Every libuv handle of a stream carries it as its Stream base (see stream()).
Stream* owner(void* data) { return static_cast<Stream*>(data); }

}  // namespace

std::unique_ptr<Chunk> make_chunk(std::string bytes) { return std::make_unique<StringChunk>(std::move(bytes)); }

// A queued write: the request and the chunks it points into live and die together.
struct Stream::WriteReq {
  uv_write_t req{};
  std::unique_ptr<Chunk> chunk;
  std::vector<std::unique_ptr<Chunk>> chunks;  // a write of several chunks keeps them all here
  std::size_t remaining = 0;
};

int Stream::read_start() {
  if (closing_) return UV_EBADF;
  if (reading_) return 0;
  int rc = uv_read_start(
      stream(),
      [](uv_handle_t* h, size_t, uv_buf_t* buf) {
        Loop& loop = owner(h->data)->loop();
        buf->base = loop.read_buffer();
        buf->len = loop.read_buffer_size();
      },
      [](uv_stream_t* s, ssize_t nread, const uv_buf_t* buf) { owner(s->data)->read_done(nread, buf->base); });
  if (rc == 0) reading_ = true;
  return rc;
}

int Stream::read_stop() {
  if (closing_) return UV_EBADF;
  reading_ = false;
  return uv_read_stop(stream());
}

void Stream::read_done(ssize_t nread, const char* data) {
  if (nread > 0) {
    bytes_read_ += static_cast<uint64_t>(nread);
    activity();
    log::get()->trace("read {} bytes from {}", nread, log::described(*this));
    listener_->on_data(*this, data, static_cast<std::size_t>(nread));
    return;
  }
  if (nread == 0) return;  // libuv's "nothing this time"
  reading_ = false;
  if (uv_stream_t* s = stream()) uv_read_stop(s);
  if (nread == UV_EOF) {
    log::get()->debug("{} {}", end_text(), log::described(*this));
    listener_->on_end(*this);
    return;
  }
  Error err = error_for(static_cast<int>(nread), "read");
  log::get()->debug("read error {} {}", err.name(), log::described(*this));
  listener_->on_error(*this, err);
}

int Stream::write_now(const uv_buf_t* bufs, unsigned nbufs, std::size_t total, std::size_t* done) {
  *done = 0;
  if (total == 0) return 0;
  // Says EAGAIN while earlier writes are queued, so nothing overtakes them.
  int rc = uv_try_write(stream(), bufs, nbufs);
  if (rc < 0) return rc == UV_EAGAIN || rc == UV_ENOSYS ? 0 : rc;  // nothing taken now: queue it all
  *done = static_cast<std::size_t>(rc);
  if (*done > 0) {
    bytes_written_ += *done;
    activity();
  }
  return 0;
}

int Stream::write(std::unique_ptr<Chunk> chunk) {
  if (closing_) return UV_EBADF;
  const std::size_t size = chunk->size();
  uv_buf_t buf = uv_buf_init(const_cast<char*>(chunk->data()), static_cast<unsigned>(size));
  std::size_t done = 0;
  int rc = write_now(&buf, 1, size, &done);
  if (rc < 0) return rc;
  if (done == size) return kWritten;

  auto* w = new WriteReq;
  w->chunk = std::move(chunk);
  w->remaining = size - done;
  uv_buf_t rest = uv_buf_init(const_cast<char*>(w->chunk->data() + done), static_cast<unsigned>(w->remaining));
  return queue_write(w, &rest, 1);
}

int Stream::write(std::vector<std::unique_ptr<Chunk>> chunks) {
  if (closing_) return UV_EBADF;
  std::vector<uv_buf_t> bufs;
  bufs.reserve(chunks.size());
  std::size_t total = 0;
  for (const auto& c : chunks) {
    if (c->size() == 0) continue;
    bufs.push_back(uv_buf_init(const_cast<char*>(c->data()), static_cast<unsigned>(c->size())));
    total += c->size();
  }
  std::size_t done = 0;
  int rc = write_now(bufs.data(), static_cast<unsigned>(bufs.size()), total, &done);
  if (rc < 0) return rc;
  if (done == total) return kWritten;

  // Skip what the kernel took: whole buffers, then the written part of the next one.
  std::size_t first = 0;
  for (std::size_t skip = done; skip > 0; ++first) {
    if (skip < bufs[first].len) {
      bufs[first].base += skip;
      bufs[first].len -= static_cast<unsigned>(skip);
      break;
    }
    skip -= bufs[first].len;
  }
  auto* w = new WriteReq;
  w->chunks = std::move(chunks);
  w->remaining = total - done;
  return queue_write(w, bufs.data() + first, static_cast<unsigned>(bufs.size() - first));
}

int Stream::queue_write(WriteReq* w, const uv_buf_t* bufs, unsigned nbufs) {
  w->req.data = w;
  int rc = uv_write(&w->req, stream(), bufs, nbufs, [](uv_write_t* req, int status) {
    std::unique_ptr<WriteReq> w(static_cast<WriteReq*>(req->data));
    Stream* self = owner(req->handle->data);
    if (self->closing_) return;
    if (status == 0) {
      self->bytes_written_ += w->remaining;
      self->activity();
    }
    w.reset();  // release the bytes before telling the listener
    self->listener_->on_write_done(*self, status == 0 ? Error{} : self->error_for(status, "write"));
  });
  if (rc != 0) {
    delete w;
    // Part of the data may already have gone out; report the failure as the write's outcome.
    return rc;
  }
  // Retained only once the write is queued: one refused here (EPIPE after shutdown(), with writes
  // still queued) must not make its owner take a reference for a write that never completes. libuv
  // calls back from the loop, never from uv_write(), so this is still before any completion.
  if (w->chunk) w->chunk->retain();
  for (auto& c : w->chunks) c->retain();
  return kQueued;
}

int Stream::start_shutdown(uv_shutdown_t* req) {
  if (closing_) return UV_EBADF;
  req->data = this;
  return uv_shutdown(req, stream(), [](uv_shutdown_t* r, int status) {
    Stream* self = owner(r->data);
    if (self->closing_) return;
    log::get()->debug("shutdown (FIN sent) {} {}", log::described(*self), status == 0 ? "ok" : uv_err_name(status));
    self->shutdown_done(status == 0 ? Error{} : self->error_for(status, "shutdown"));
  });
}

std::size_t Stream::queued_bytes() const {
  // stream() is not const: libuv's handle is libuv's state, not part of what `const` promises here.
  uv_stream_t* s = const_cast<Stream*>(this)->stream();
  return s ? s->write_queue_size : 0;
}

}  // namespace netjs::core

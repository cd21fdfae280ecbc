// A byte stream over libuv, reporting to a StreamListener: what a TCP connection, a pipe and a
// terminal have in common (Node's StreamBase). The read path, the write path (try now, queue the rest)
// and the listener contract live here once; TcpSocket and FdStream add what is theirs.
#pragma once

#include "core/error.h"
#include "core/loop.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace netjs::core {

class Stream;

// Bytes handed to write(). The core keeps the chunk (and so its storage) until libuv is done with it,
// then destroys it; a subclass decides what "owning" means (a std::string, a pinned JS Buffer, ...).
class Chunk {
 public:
  virtual ~Chunk() = default;
  virtual const char* data() const = 0;
  virtual std::size_t size() const = 0;
  // Called once, before write() returns, if the core keeps the chunk for a queued write. An owner
  // that only borrows its storage (a JS Buffer) takes its reference here, so the common case of a
  // write the kernel takes at once costs nothing.
  virtual void retain() {}
};

std::unique_ptr<Chunk> make_chunk(std::string bytes);

// What every stream reports. The stream is passed along, so one listener can serve several (a
// socket and stdout) and tell them apart by address.
class StreamListener {
 public:
  virtual ~StreamListener() = default;
  // `data` is valid only during the call (it points into the loop's shared read buffer).
  virtual void on_data(Stream& stream, const char* data, std::size_t len) = 0;
  // End of input (the peer's FIN, end of file). Reading has stopped; writing may go on (half-open).
  virtual void on_end(Stream& stream) = 0;
  // A read failed (ECONNRESET, ...). Reading has stopped; the listener decides whether to close.
  virtual void on_error(Stream& stream, const Error& err) = 0;
  // A write() that returned kQueued completed, or failed (`err`: EPIPE when the reader went away).
  virtual void on_write_done(Stream& stream, const Error& err) = 0;
  // Last call: the stream is closed and is deleted when this returns. Drop every pointer to it.
  virtual void on_close(Stream& stream) = 0;
};

class Stream : public Resource {
 public:
  enum WriteResult { kWritten = 0, kQueued = 1 };

  [[nodiscard]] virtual int read_start();
  [[nodiscard]] virtual int read_stop();
  bool reading() const { return reading_; }

  // Sends the chunk: whatever the kernel takes right away is written now and, if that is all,
  // returns kWritten (the chunk is already released and on_write_done will not be called). Otherwise
  // the rest is queued, the chunk is kept, and on_write_done follows; returns kQueued. Anything
  // written behind a queued write is queued too, to keep the order.
  // Negative: a libuv error; nothing was written and the chunk is released.
  [[nodiscard]] int write(std::unique_ptr<Chunk> chunk);
  // The same for several chunks in order, as one write (one writev system call, one on_write_done):
  // a backlog goes out as it is, without first being copied into one buffer.
  [[nodiscard]] int write(std::vector<std::unique_ptr<Chunk>> chunks);
  // Bytes accepted by write() but not yet handed to the kernel.
  std::size_t queued_bytes() const;

  uint64_t bytes_read() const { return bytes_read_; }
  // Bytes the kernel has taken: a queued write counts when it completes (libuv may send part of it
  // earlier, so this plus queued_bytes() can be less than what was accepted while a write is queued).
  uint64_t bytes_written() const { return bytes_written_; }
  bool closing() const override { return closing_; }

 protected:
  Stream(Loop& loop, StreamListener* listener) : Resource(loop), listener_(listener) {}
  ~Stream() override = default;

  // The libuv stream; nullptr for one libuv cannot poll (FdStream over a regular file), which then
  // overrides read_start(), read_stop() and write_now(). Its `data` must be this Stream.
  virtual uv_stream_t* stream() = 0;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(stream()); }
  // The error of a failed operation as the listener sees it (TCP adds the peer's address).
  virtual Error error_for(int code, const char* syscall) const { return make_error(code, syscall); }
  // Bytes moved in either direction (TCP's idle timeout watches this).
  virtual void activity() {}
  // What the debug log calls the end of input.
  virtual const char* end_text() const { return "end of input"; }

  // Sends FIN (or closes the write side of a pipe) after every queued write, with `req` owned by the
  // subclass; the outcome goes to shutdown_done() unless the stream closed first.
  int start_shutdown(uv_shutdown_t* req);
  virtual void shutdown_done(const Error& /*err*/) {}

  // What the kernel takes of `bufs` right now, counted; *done = bytes taken. Returns 0 or a libuv
  // error other than "would block".
  virtual int write_now(const uv_buf_t* bufs, unsigned nbufs, std::size_t total, std::size_t* done);
  // A read's outcome to the listener: `nread` bytes at `data`, UV_EOF, or an error. Reading stops
  // at the end or an error. Shared by libuv's read callback and FdStream's file reads.
  void read_done(ssize_t nread, const char* data);

  StreamListener* listener_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  bool reading_ = false;
  bool closing_ = false;

 private:
  struct WriteReq;
  // uv_write of what write() could not send at once; takes ownership of `w`.
  int queue_write(WriteReq* w, const uv_buf_t* bufs, unsigned nbufs);
};

}  // namespace netjs::core

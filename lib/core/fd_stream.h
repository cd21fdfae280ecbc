// A byte stream over an inherited file descriptor (stdin, stdout) for the CLI's connect and sink
// modes. Pipes, sockets and terminals become libuv streams; a regular file or a device such as
// /dev/null (which libuv cannot poll) is read through the thread pool and written synchronously, as
// it never blocks for long. Binary-safe either way, and read_stop() gives backpressure.
#pragma once

#include "core/error.h"
#include "core/loop.h"
#include "core/tcp_socket.h"  // Chunk

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace netjs::core {

class FdStream;

class FdStreamListener {
 public:
  virtual ~FdStreamListener() = default;
  // `data` is valid only during the call.
  virtual void on_fd_data(FdStream& stream, const char* data, std::size_t len) = 0;
  // End of input. Reading has stopped.
  virtual void on_fd_end(FdStream& stream) = 0;
  // A read or a write failed (EPIPE when stdout's reader went away). Reading has stopped.
  virtual void on_fd_error(FdStream& stream, const Error& err) = 0;
  // Every queued write has reached the descriptor.
  virtual void on_fd_drain(FdStream& stream) = 0;
  // Last call: the stream is deleted when this returns.
  virtual void on_fd_close(FdStream& stream) = 0;
};

class FdStream final : public Resource {
 public:
  enum WriteResult { kWritten = 0, kQueued = 1 };

  // Takes over `fd` (not closing it: stdio stays open) until close(). Returns nullptr and sets *err
  // (a libuv code) on failure.
  static FdStream* open(Loop& loop, int fd, FdStreamListener* listener, int* err);
  // Opens `path` for reading (a file, a FIFO, /dev/stdin); the stream owns that descriptor.
  static FdStream* open_file(Loop& loop, const std::string& path, FdStreamListener* listener, int* err);

  // For a file, a read already handed to the thread pool may still be delivered after read_stop().
  [[nodiscard]] int read_start();
  [[nodiscard]] int read_stop();
  bool reading() const { return reading_; }

  // As TcpSocket::write: kWritten when the descriptor took everything now, kQueued when the rest
  // waits (then on_fd_drain once nothing is left), or a negative libuv error.
  [[nodiscard]] int write(std::unique_ptr<Chunk> chunk);
  std::size_t queued_bytes() const { return queued_bytes_; }

  int fd() const { return fd_; }
  bool is_file() const { return kind_ == kFile; }

  // Stops at once; queued writes are dropped. The descriptor's blocking mode is restored.
  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  enum Kind { kPipe, kTty, kFile };
  struct WriteReq;
  FdStream(Loop& loop, int fd, FdStreamListener* listener);
  ~FdStream() override = default;

  uv_stream_t* stream();
  const uv_handle_t* handle() const;
  void submit_file_read();
  void on_file_read(ssize_t result);
  void op_done();

  Kind kind_ = kFile;
  uv_pipe_t pipe_{};
  uv_tty_t tty_{};
  // A file has no libuv handle; this never-started idle handle gives close() the same asynchronous
  // completion as a stream, so on_fd_close never runs inside close().
  uv_idle_t anchor_{};
  uv_fs_t read_req_{};
  std::vector<char> file_buffer_;
  FdStreamListener* listener_;
  int fd_;
  int original_flags_ = -1;
  bool owns_fd_ = false;
  std::size_t queued_bytes_ = 0;
  int open_ops_ = 0;  // handles not yet closed + requests in flight
  bool read_in_flight_ = false;
  bool reading_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

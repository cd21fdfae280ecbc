// A byte stream over an inherited file descriptor (stdin, stdout) for the CLI's connect and sink
// modes, reporting to a StreamListener. Pipes, sockets and terminals become libuv streams, read and
// written by the Stream base like a TCP connection; a regular file or a device such as
// /dev/null (which libuv cannot poll) is read through the thread pool and written synchronously, as
// it never blocks for long. Binary-safe either way, and read_stop() gives backpressure.
#pragma once

#include "core/stream.h"

#include <cstddef>
#include <string>
#include <vector>

namespace netjs::core {

class FdStream final : public Stream {
 public:
  // Takes over `fd` (not closing it: stdio stays open) until close(). Returns nullptr and sets *err
  // (a libuv code) on failure.
  static FdStream* open(Loop& loop, int fd, StreamListener* listener, int* err);
  // Opens `path` for reading (a file, a FIFO, /dev/stdin); the stream owns that descriptor.
  static FdStream* open_file(Loop& loop, const std::string& path, StreamListener* listener, int* err);

  // For a file, a read already handed to the thread pool may still be delivered after read_stop().
  [[nodiscard]] int read_start() override;
  [[nodiscard]] int read_stop() override;

  int fd() const { return fd_; }
  bool is_file() const { return kind_ == kFile; }

  // Stops at once; queued writes are dropped. The descriptor's blocking mode is restored.
  void close() override;
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  enum Kind { kPipe, kTty, kFile };
  FdStream(Loop& loop, int fd, StreamListener* listener);
  ~FdStream() override = default;
  // Every libuv handle and request of the stream carries it as its Stream base.
  static FdStream* from(void* data) { return static_cast<FdStream*>(static_cast<Stream*>(data)); }

  // nullptr for a file: Stream's reads and writes then go through the overrides here.
  uv_stream_t* stream() override;
  // A file takes everything at once: written synchronously, as it never blocks for long.
  int write_now(const uv_buf_t* bufs, unsigned nbufs, std::size_t total, std::size_t* done) override;
  // What close() closes: the stream's handle, or a file's anchor.
  uv_handle_t* own_handle() const;
  void submit_file_read();
  void on_file_read(ssize_t result);
  void op_done();

  Kind kind_ = kFile;
  uv_pipe_t pipe_{};
  uv_tty_t tty_{};
  // A file has no libuv handle; this never-started idle handle gives close() the same asynchronous
  // completion as a stream, so on_close never runs inside close().
  uv_idle_t anchor_{};
  uv_fs_t read_req_{};
  std::vector<char> file_buffer_;
  int fd_;
  int original_flags_ = -1;
  bool owns_fd_ = false;
  int open_ops_ = 0;  // handles not yet closed + requests in flight
  bool read_in_flight_ = false;
};

}  // namespace netjs::core

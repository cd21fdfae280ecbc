// A TCP connection over libuv, reporting to a SocketListener. Knows nothing of JS: the net module's
// binding is one listener, the CLI subcommands are others.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include <string_view>

namespace netjs::core {

class TcpSocket;

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

class SocketListener {
 public:
  virtual ~SocketListener() = default;
  // Outcome of connect(); `err` is empty on success.
  virtual void on_connect(TcpSocket& socket, const Error& err) = 0;
  // `data` is valid only during the call (it points into the loop's shared read buffer).
  virtual void on_data(TcpSocket& socket, const char* data, std::size_t len) = 0;
  // The peer sent FIN. Reading has stopped; writing may go on (half-open).
  virtual void on_end(TcpSocket& socket) = 0;
  // A read failed (ECONNRESET, ...). Reading has stopped; the listener decides whether to close.
  virtual void on_error(TcpSocket& socket, const Error& err) = 0;
  // A write() that returned kQueued completed.
  virtual void on_write_done(TcpSocket& socket, const Error& err) = 0;
  // shutdown() completed: our FIN is sent (after every queued write).
  virtual void on_shutdown(TcpSocket& socket, const Error& err) = 0;
  // The idle timeout set with set_idle_timeout() expired. The socket stays open.
  virtual void on_timeout(TcpSocket& socket) = 0;
  // Last call: the socket is closed and is deleted when this returns. Drop every pointer to it.
  virtual void on_close(TcpSocket& socket) = 0;
};

class TcpSocket final : public Resource {
 public:
  enum WriteResult { kWritten = 0, kQueued = 1 };

  static TcpSocket* create(Loop& loop, SocketListener* listener);

  void set_listener(SocketListener* listener) { listener_ = listener; }
  SocketListener* listener() const { return listener_; }

  // Binds the local end before connect(). Returns a libuv error code.
  [[nodiscard]] int bind(const sockaddr* local);
  // Starts connecting; the result arrives as on_connect. `peer` is also kept for error reports.
  [[nodiscard]] int connect(const sockaddr* peer);
  [[nodiscard]] int read_start();
  [[nodiscard]] int read_stop();
  bool reading() const { return reading_; }

  // Sends the chunk: whatever the kernel takes right away is written now and, if that is all,
  // returns kWritten (the chunk is already released and on_write_done will not be called). Otherwise
  // the rest is queued, the chunk is kept, and on_write_done follows; returns kQueued.
  // Negative: a libuv error; nothing was written and the chunk is released.
  [[nodiscard]] int write(std::unique_ptr<Chunk> chunk);
  // The same for several chunks in order, as one write (one writev system call, one on_write_done):
  // a backlog goes out as it is, without first being copied into one buffer.
  [[nodiscard]] int write(std::vector<std::unique_ptr<Chunk>> chunks);
  // Bytes accepted by write() but not yet handed to the kernel.
  std::size_t queued_bytes() const;
  // Sends FIN after queued writes. Result arrives as on_shutdown.
  [[nodiscard]] int shutdown();

  // Inactivity timeout: on_timeout once after `ms` without reads or writes, again only after new
  // activity and another idle period; 0 disables.
  void set_idle_timeout(uint64_t ms);
  uint64_t idle_timeout() const { return idle_ ? idle_->timeout_ms : 0; }
  [[nodiscard]] int set_no_delay(bool enable);
  // SO_KEEPALIVE with the first probe after `initial_delay_ms` idle (rounded up to whole seconds).
  [[nodiscard]] int set_keepalive(bool enable, uint64_t initial_delay_ms);

  // Empty endpoint (port 0, family 0) when unknown.
  Endpoint local_endpoint() const;
  Endpoint remote_endpoint() const;
  uint64_t bytes_read() const { return bytes_read_; }
  uint64_t bytes_written() const { return bytes_written_; }
  bool connected() const { return connected_; }

  // Closes at once: queued writes are dropped (their chunks released, no on_write_done), then on_close.
  void close() override;
  // Closes with an RST instead of FIN (SO_LINGER 0), for destroy-on-error paths.
  void reset();
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  friend class TcpServer;
  struct WriteReq;
  // What the kernel takes of `bufs` right now (uv_try_write), counted; *done = bytes taken. Returns 0
  // or a libuv error other than "would block".
  int write_now(const uv_buf_t* bufs, unsigned nbufs, std::size_t total, std::size_t* done);
  // uv_write of what write() could not send at once; takes ownership of `w`.
  int queue_write(WriteReq* w, const uv_buf_t* bufs, unsigned nbufs);
  TcpSocket(Loop& loop, SocketListener* listener);
  ~TcpSocket() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&tcp_); }

  uv_stream_t* stream() { return reinterpret_cast<uv_stream_t*>(&tcp_); }
  void touch();
  void on_idle_timer();
  void handle_closed();
  Error error_for(int code, const char* syscall) const;

  // What only some sockets need, made when first needed: most accepted sockets never connect, time
  // out or (while idle) shut down, and a socket is per-connection memory.
  struct Connect {
    uv_connect_t req{};
    Endpoint peer;  // what connect() was aimed at, for error messages
  };
  struct IdleTimer {
    uv_timer_t timer{};
    uint64_t timeout_ms = 0;
    uint64_t last_activity = 0;
    bool fired = false;
  };

  uv_tcp_t tcp_{};
  std::unique_ptr<IdleTimer> idle_;
  std::unique_ptr<Connect> connect_;
  std::unique_ptr<uv_shutdown_t> shutdown_req_;
  SocketListener* listener_;
  uint64_t bytes_read_ = 0;
  uint64_t bytes_written_ = 0;
  int open_handles_ = 1;
  bool reading_ = false;
  bool connected_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

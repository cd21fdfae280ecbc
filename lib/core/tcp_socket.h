// A TCP connection over libuv: a Stream (reads, writes, their listener calls) plus connect, shutdown,
// the idle timeout and socket options, reporting to a SocketListener. Knows nothing of JS: the net
// module's binding is one listener, the CLI subcommands are others.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/idle_timeout.h"
#include "core/stream.h"

#include <cstdint>
#include <memory>
#include <string>

namespace netjs::core {

class TcpSocket;

// What a TCP connection reports beyond a stream's events (which arrive as StreamListener calls with
// the socket as the Stream).
// The three TCP events come only after the listener asked for them (connect(), shutdown(),
// set_idle_timeout()), so a listener that never asks need not answer: they default to nothing.
class SocketListener : public StreamListener {
 public:
  // Outcome of connect(); `err` is empty on success.
  virtual void on_connect(TcpSocket& /*socket*/, const Error& /*err*/) {}
  // shutdown() completed: our FIN is sent (after every queued write).
  virtual void on_shutdown(TcpSocket& /*socket*/, const Error& /*err*/) {}
  // The idle timeout set with set_idle_timeout() expired. The socket stays open.
  virtual void on_timeout(TcpSocket& /*socket*/) {}
};

class TcpSocket final : public Stream {
 public:
  static TcpSocket* create(Loop& loop, SocketListener* listener);

  void set_listener(SocketListener* listener) { listener_ = listener; }
  // The stream's listener is always a SocketListener: only create() and set_listener() set it.
  SocketListener* listener() const { return static_cast<SocketListener*>(listener_); }

  // Binds the local end before connect(). Returns a libuv error code.
  [[nodiscard]] int bind(const sockaddr* local);
  // Starts connecting; the result arrives as on_connect. `peer` is also kept for error reports.
  [[nodiscard]] int connect(const sockaddr* peer);
  // Takes over an open, connected TCP descriptor (an inherited one); the socket closes it.
  [[nodiscard]] int open(int fd);
  // Sends FIN after queued writes. Result arrives as on_shutdown.
  [[nodiscard]] int shutdown();

  // Inactivity timeout: on_timeout once after `ms` without reads or writes, again only after new
  // activity and another idle period; 0 disables.
  void set_idle_timeout(uint64_t ms);
  uint64_t idle_timeout() const { return idle_ ? idle_->timeout_ms() : 0; }
  [[nodiscard]] int set_no_delay(bool enable);
  // SO_KEEPALIVE with the first probe after `initial_delay_ms` idle (rounded up to whole seconds).
  [[nodiscard]] int set_keepalive(bool enable, uint64_t initial_delay_ms);
  // Once keepalive is on: the seconds between unanswered probes (TCP_KEEPINTVL, at least 1) and how
  // many go unanswered before the kernel drops the connection with ETIMEDOUT (TCP_KEEPCNT). libuv
  // leaves both at the system's defaults (75 s, 9 probes on Linux). UV_ENOTSUP where the system has
  // neither option.
  [[nodiscard]] int set_keepalive_probes(unsigned interval_s, unsigned count);
  // The socket's descriptor, for the system calls the core wraps in other files (core/tcp_info).
  [[nodiscard]] int fileno(int* fd) const;

  // Empty endpoint (port 0, family 0) when unknown.
  Endpoint local_endpoint() const;
  Endpoint remote_endpoint() const;
  bool connected() const { return connected_; }

  // Closes at once: queued writes are dropped (their chunks released, no on_write_done), then on_close.
  void close() override;
  // Closes with an RST instead of FIN (SO_LINGER 0), for destroy-on-error paths.
  void reset();
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  friend class TcpServer;
  TcpSocket(Loop& loop, SocketListener* listener);
  ~TcpSocket() override = default;
  // Every libuv handle and request of the socket carries it as its Stream base.
  static TcpSocket* from(void* data) { return static_cast<TcpSocket*>(static_cast<Stream*>(data)); }

  uv_stream_t* stream() override { return reinterpret_cast<uv_stream_t*>(&tcp_); }
  Error error_for(int code, const char* syscall) const override;
  void activity() override { touch(); }
  const char* end_text() const override { return "end (FIN received)"; }
  void shutdown_done(const Error& err) override;
  void touch() {
    if (idle_) idle_->touch();
  }
  void close_idle_timeout();
  void handle_closed();

  // What only some sockets need, made when first needed: most accepted sockets never connect, time
  // out or (while idle) shut down, and a socket is per-connection memory.
  struct Connect {
    uv_connect_t req{};
    Endpoint peer;  // what connect() was aimed at, for error messages
  };

  // The small fields first: they fit in the Stream's tail padding (per-connection memory).
  bool connected_ = false;
  int open_handles_ = 1;
  uv_tcp_t tcp_{};
  std::unique_ptr<IdleTimeout> idle_;
  std::unique_ptr<Connect> connect_;
  std::unique_ptr<uv_shutdown_t> shutdown_req_;
};

}  // namespace netjs::core

#include "core/tcp_socket.h"

#include "core/address.h"
#include "log/log.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>

namespace netjs::core {

namespace {

// A socket is per-connection memory, and sharing the Stream base must not make it bigger: this is its
// layout from before (a Resource, the handle, the three optional parts, the listener, the counters, the
// open-handle count and three flags), to be compared on every target.
struct TcpSocketBefore {
  virtual ~TcpSocketBefore() = default;
  void* resource[3];
  uv_tcp_t tcp;
  void* optional[3];
  void* listener;
  uint64_t counters[2];
  int open_handles;
  bool flags[3];
};
static_assert(sizeof(TcpSocket) <= sizeof(TcpSocketBefore), "a TcpSocket grew: it is per-connection memory");

}  // namespace

TcpSocket* TcpSocket::create(Loop& loop, SocketListener* listener) { return new TcpSocket(loop, listener); }

TcpSocket::TcpSocket(Loop& loop, SocketListener* listener) : Stream(loop, listener) {
  uv_tcp_init(loop.raw(), &tcp_);  // only fails for bad flags
  loop.stream_initialized();
  tcp_.data = static_cast<Stream*>(this);
}

Error TcpSocket::error_for(int code, const char* syscall) const {
  if (connect_ && !connect_->peer.address.empty()) {
    return make_error(code, syscall, connect_->peer.address, connect_->peer.port);
  }
  Endpoint remote = remote_endpoint();
  if (!remote.address.empty()) return make_error(code, syscall, remote.address, remote.port);
  return make_error(code, syscall);
}

int TcpSocket::bind(const sockaddr* local) {
  if (closing_) return UV_EBADF;
  return uv_tcp_bind(&tcp_, local, 0);
}

int TcpSocket::connect(const sockaddr* peer) {
  if (closing_) return UV_EBADF;
  if (!connect_) connect_ = std::make_unique<Connect>();
  connect_->peer = from_sockaddr(peer);
  connect_->req.data = static_cast<Stream*>(this);
  int rc = uv_tcp_connect(&connect_->req, &tcp_, peer, [](uv_connect_t* req, int status) {
    TcpSocket* self = from(req->data);
    if (self->closing_) return;  // closed while connecting: only on_close is reported
    if (status == 0) {
      self->connected_ = true;
      self->touch();
    }
    log::get()->debug("connect {}:{} {}", self->connect_->peer.address, self->connect_->peer.port,
                      status == 0 ? "ok" : uv_err_name(status));
    self->listener()->on_connect(*self, status == 0 ? Error{} : self->error_for(status, "connect"));
  });
  return rc;
}

int TcpSocket::open(int fd) {
  if (closing_) return UV_EBADF;
  int rc = uv_tcp_open(&tcp_, fd);
  if (rc == 0) connected_ = true;
  return rc;
}

int TcpSocket::shutdown() {
  if (closing_) return UV_EBADF;
  if (!shutdown_req_) shutdown_req_ = std::make_unique<uv_shutdown_t>();
  return start_shutdown(shutdown_req_.get());
}

void TcpSocket::shutdown_done(const Error& err) { listener()->on_shutdown(*this, err); }

void TcpSocket::set_idle_timeout(uint64_t ms) {
  if (closing_) return;
  if (!idle_) {
    if (ms == 0) return;
    idle_ = std::make_unique<IdleTimeout>(*this, [](Stream& s) {
      auto& self = static_cast<TcpSocket&>(s);
      self.listener()->on_timeout(self);
    });
    ++open_handles_;
  }
  idle_->set(ms);
}

int TcpSocket::set_no_delay(bool enable) {
  if (closing_) return UV_EBADF;
  return uv_tcp_nodelay(&tcp_, enable ? 1 : 0);
}

int TcpSocket::set_keepalive(bool enable, uint64_t initial_delay_ms) {
  if (closing_) return UV_EBADF;
  if (enable && initial_delay_ms == 0) {
    // No delay given: turn keepalive on and leave the system's idle time (libuv would reject 0).
    uv_os_fd_t fd;
    int rc = uv_fileno(reinterpret_cast<uv_handle_t*>(&tcp_), &fd);
    if (rc != 0) return rc;
    int on = 1;
    if (setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on)) != 0) return uv_translate_sys_error(errno);
    return 0;
  }
  unsigned delay_s = static_cast<unsigned>((initial_delay_ms + 999) / 1000);
  return uv_tcp_keepalive(&tcp_, enable ? 1 : 0, delay_s);
}

int TcpSocket::set_keepalive_probes(unsigned interval_s, unsigned count) {
  if (closing_) return UV_EBADF;
#if defined(TCP_KEEPINTVL) && defined(TCP_KEEPCNT)
  int fd = -1;
  if (int rc = fileno(&fd); rc != 0) return rc;
  int interval = static_cast<int>(interval_s < 1 ? 1 : interval_s);
  int cnt = static_cast<int>(count < 1 ? 1 : count);
  if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof(interval)) != 0) return uv_translate_sys_error(errno);
  if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &cnt, sizeof(cnt)) != 0) return uv_translate_sys_error(errno);
  return 0;
#else
  (void)interval_s;
  (void)count;
  return UV_ENOTSUP;
#endif
}

int TcpSocket::fileno(int* fd) const {
  uv_os_fd_t raw;
  int rc = uv_fileno(reinterpret_cast<const uv_handle_t*>(&tcp_), &raw);
  if (rc == 0) *fd = raw;
  return rc;
}

bool TcpSocket::keeps_loop_alive() const {
  return has_ref() && uv_is_active(reinterpret_cast<const uv_handle_t*>(&tcp_));
}

Endpoint TcpSocket::local_endpoint() const {
  sockaddr_storage ss{};
  int len = sizeof(ss);
  if (uv_tcp_getsockname(&tcp_, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return {};
  return from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
}

Endpoint TcpSocket::remote_endpoint() const {
  sockaddr_storage ss{};
  int len = sizeof(ss);
  if (uv_tcp_getpeername(&tcp_, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return {};
  return from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
}

std::string TcpSocket::describe() const {
  Endpoint local = local_endpoint();
  Endpoint remote = remote_endpoint();
  if (remote.address.empty() && connect_) remote = connect_->peer;
  auto fmt = [](const Endpoint& e) {
    if (e.address.empty()) return std::string("?");
    return host_port(e);
  };
  return "tcp socket " + fmt(local) + " -> " + fmt(remote);
}

void TcpSocket::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  reading_ = false;
  auto on_closed = [](uv_handle_t* h) { from(h->data)->handle_closed(); };
  uv_close(reinterpret_cast<uv_handle_t*>(&tcp_), on_closed);
  close_idle_timeout();
}

void TcpSocket::close_idle_timeout() {
  if (idle_) idle_->close([](Stream& s) { static_cast<TcpSocket&>(s).handle_closed(); });
}

void TcpSocket::reset() {
  if (closing_) return;
  log::get()->debug("reset {}", log::described(*this));
  auto on_closed = [](uv_handle_t* h) { from(h->data)->handle_closed(); };
  // uv_tcp_close_reset refuses after shutdown() was requested; a plain close is the fallback.
  if (uv_tcp_close_reset(&tcp_, on_closed) != 0) {
    close();
    return;
  }
  closing_ = true;
  reading_ = false;
  close_idle_timeout();
}

void TcpSocket::handle_closed() {
  if (--open_handles_ > 0) return;
  // An accepted socket closed before anyone took it (e.g. a connection arriving while the runtime
  // shuts down) has no listener.
  if (listener_) listener_->on_close(*this);
  delete this;
}

}  // namespace netjs::core

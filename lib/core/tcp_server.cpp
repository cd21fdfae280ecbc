#include "core/tcp_server.h"

#include "core/address.h"
#include "core/tcp_socket.h"
#include "log/log.h"

namespace netjs::core {

namespace {

// For sockets closed before anyone saw them: ignores everything.
SocketListener& silent_listener() {
  struct Silent final : SocketListener {
    void on_data(Stream&, const char*, std::size_t) override {}
    void on_end(Stream&) override {}
    void on_error(Stream&, const Error&) override {}
    void on_write_done(Stream&, const Error&) override {}
    void on_close(Stream&) override {}
  };
  static Silent silent;
  return silent;
}
}  // namespace

TcpServer* TcpServer::create(Loop& loop, ServerListener* listener) { return new TcpServer(loop, listener); }

TcpServer::TcpServer(Loop& loop, ServerListener* listener) : Resource(loop), listener_(listener) {
  uv_tcp_init(loop.raw(), &tcp_);
  loop.stream_initialized();
  tcp_.data = this;
}

int TcpServer::bind(const sockaddr* local, bool ipv6_only) {
  if (closing_) return UV_EBADF;
  return uv_tcp_bind(&tcp_, local, ipv6_only ? UV_TCP_IPV6ONLY : 0);
}

int TcpServer::open(int fd) {
  if (closing_) return UV_EBADF;
  return uv_tcp_open(&tcp_, fd);
}

int TcpServer::listen(int backlog) {
  if (closing_) return UV_EBADF;
  int rc = uv_listen(reinterpret_cast<uv_stream_t*>(&tcp_), backlog, [](uv_stream_t* s, int status) {
    auto* self = static_cast<TcpServer*>(s->data);
    if (self->closing_) return;
    if (status == UV_EMFILE || status == UV_ENFILE) {
      self->drop_pending(status);
      return;
    }
    if (status == 0 && !self->loop().descriptor_reserve().restore()) {
      // libuv took the last free descriptor for this connection, the one the spare needs: without
      // the spare the next EMFILE could not be handled, so this connection is the one turned away.
      self->drop_accepted();
      return;
    }
    Error err;
    if (status < 0) {
      Endpoint ep = self->local_endpoint();
      err = make_error(status, "accept", ep.address, ep.port);
    }
    self->listener_->on_connection(*self, err);
  });
  if (rc == 0) {
    listening_ = true;
    log::get()->debug("listening on {}", log::described(*this));
  }
  return rc;
}

void TcpServer::drop_pending(int status) {
  Endpoint ep = local_endpoint();
  Error err = make_error(status, "accept", ep.address, ep.port);
  int fd = -1;
  DescriptorReserve& reserve = loop().descriptor_reserve();
  if (uv_fileno(reinterpret_cast<uv_handle_t*>(&tcp_), &fd) != 0) return;
  if (!reserve.restore()) {
    // No spare and no free descriptor (something else took the spare's slot): nothing can be
    // accepted or turned away until a descriptor is closed. libuv calls again, as it does for Node.
    log_drops(err, {}, "no spare descriptor left to turn connections away with");
    listener_->on_connection(*this, err);
    return;
  }
  report_drops(err, reserve.drain(fd));
}

void TcpServer::drop_accepted() {
  Endpoint ep = local_endpoint();
  Error err = make_error(UV_EMFILE, "accept", ep.address, ep.port);
  int rc = 0;
  TcpSocket* socket = accept(&silent_listener(), &rc);
  std::vector<Endpoint> peers;
  if (socket) {
    peers.push_back(socket->remote_endpoint());
    socket->close();  // libuv closes the descriptor now; the close callback comes later
  }
  loop().descriptor_reserve().restore();
  report_drops(err, peers);
}

void TcpServer::report_drops(const Error& err, const std::vector<Endpoint>& peers) {
  log_drops(err, peers, {});
  if (!peers.empty()) listener_->on_connections_dropped(*this, err, peers);
}

void TcpServer::log_drops(const Error& err, const std::vector<Endpoint>& peers, const std::string& note) {
  constexpr uint64_t kLogIntervalMs = 1000;
  dropped_total_ += peers.size();
  dropped_unlogged_ += peers.size();
  // A flood makes this happen on every loop turn: one line a second says it all.
  const uint64_t now = loop().now();
  if (drop_logged_ && now - last_drop_log_ms_ < kLogIntervalMs) return;
  if (!note.empty()) {
    log::get()->error("{} ({}): {}", err.message(), err.description(), note);
  } else {
    log::get()->warn("{} ({}): closed {} connection(s) it could not accept{}; {} so far", err.message(),
                     err.description(), dropped_unlogged_,
                     peers.empty() ? "" : ", the last from " + host_port(peers.back()), dropped_total_);
    dropped_unlogged_ = 0;
  }
  last_drop_log_ms_ = now;
  drop_logged_ = true;
}

TcpSocket* TcpServer::accept(SocketListener* listener, int* err) {
  *err = closing_ ? UV_EBADF : 0;
  if (*err) return nullptr;
  TcpSocket* socket = TcpSocket::create(loop(), listener);
  *err = uv_accept(reinterpret_cast<uv_stream_t*>(&tcp_), reinterpret_cast<uv_stream_t*>(&socket->tcp_));
  if (*err != 0) {
    // Nobody has seen this socket yet: close it quietly.
    socket->set_listener(&silent_listener());
    socket->close();
    return nullptr;
  }
  socket->connected_ = true;
  socket->touch();
  log::get()->debug("accept {}", log::described(*socket));
  return socket;
}

Endpoint TcpServer::local_endpoint() const {
  sockaddr_storage ss{};
  int len = sizeof(ss);
  if (uv_tcp_getsockname(&tcp_, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return {};
  return from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
}

bool TcpServer::keeps_loop_alive() const { return listening_ && has_ref(); }

std::string TcpServer::describe() const {
  Endpoint ep = local_endpoint();
  if (ep.address.empty()) return "tcp server (not bound)";
  return "tcp server " + host_port(ep);
}

void TcpServer::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  listening_ = false;
  uv_close(reinterpret_cast<uv_handle_t*>(&tcp_), [](uv_handle_t* h) {
    auto* self = static_cast<TcpServer*>(h->data);
    self->listener_->on_close(*self);
    delete self;
  });
}

}  // namespace netjs::core

#include "core/udp_socket.h"

#include "core/address.h"
#include "log/log.h"

#include <cstring>
#include <memory>
#include <vector>

namespace netjs::core {

namespace {

// A send the kernel could not take at once: the datagram's bytes, copied, until libuv is done.
struct SendReq {
  uv_udp_send_t req{};
  uint32_t tag = 0;
  std::vector<char> bytes;
};

using NameGetter = int (*)(const uv_udp_t*, sockaddr*, int*);

// getsockname / getpeername: the endpoint, empty on failure (UV_EBADF once closing), *err the code.
Endpoint udp_name(const uv_udp_t* udp, bool closing, NameGetter get, int* err) {
  sockaddr_storage ss{};
  int len = sizeof(ss);
  int rc = closing ? UV_EBADF : get(udp, reinterpret_cast<sockaddr*>(&ss), &len);
  if (err) *err = rc;
  return rc == 0 ? from_sockaddr(reinterpret_cast<sockaddr*>(&ss)) : Endpoint{};
}

}  // namespace

UdpSocket* UdpSocket::create(Loop& loop, UdpListener* listener) { return new UdpSocket(loop, listener); }

UdpSocket::UdpSocket(Loop& loop, UdpListener* listener) : Resource(loop), listener_(listener) {
  // No socket yet: libuv makes one of the right family at bind() (or at the first send or option that
  // needs one, bound to the wildcard address), as Node's handle does.
  uv_udp_init(loop.raw(), &udp_);  // cannot fail without a domain
  udp_.data = this;
}

int UdpSocket::bind(const sockaddr* local, unsigned flags) {
  if (closing_) return UV_EBADF;
  unsigned uv_flags = 0;
  if (flags & kReuseAddr) uv_flags |= UV_UDP_REUSEADDR;
  if (flags & kIpv6Only) uv_flags |= UV_UDP_IPV6ONLY;
  return uv_udp_bind(&udp_, local, uv_flags);
}

int UdpSocket::open(int fd) {
  if (closing_) return UV_EBADF;
  return uv_udp_open(&udp_, fd);
}

int UdpSocket::connect(const sockaddr* peer) {
  if (closing_) return UV_EBADF;
  return uv_udp_connect(&udp_, peer);
}

int UdpSocket::receive_start() {
  if (closing_) return UV_EBADF;
  return uv_udp_recv_start(
      &udp_,
      [](uv_handle_t* h, std::size_t, uv_buf_t* buf) {
        // Datagrams are consumed synchronously by the listener, so the loop's one buffer serves; it is
        // larger than any UDP payload (65,507 bytes), so nothing is truncated.
        Loop& loop = static_cast<UdpSocket*>(h->data)->loop();
        *buf = uv_buf_init(loop.read_buffer(), static_cast<unsigned>(loop.read_buffer_size()));
      },
      &UdpSocket::received);
}

int UdpSocket::receive_stop() {
  if (closing_) return UV_EBADF;
  return uv_udp_recv_stop(&udp_);
}

void UdpSocket::received(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr, unsigned) {
  auto* self = static_cast<UdpSocket*>(handle->data);
  if (self->closing_) return;
  if (nread < 0) {
    self->listener_->on_receive_error(*self, make_error(static_cast<int>(nread), "recvmsg"));
    return;
  }
  // libuv's "nothing more to read now" (nread 0 without an address); an empty datagram has one.
  if (addr == nullptr) return;
  self->listener_->on_message(*self, buf->base, static_cast<std::size_t>(nread), from_sockaddr(addr));
}

int UdpSocket::send(const ConstBuffer* pieces, std::size_t count, const sockaddr* to, uint32_t tag) {
  if (closing_) return UV_EBADF;
  // libuv wants at least one buffer: no pieces is one empty datagram.
  std::vector<uv_buf_t> bufs(count > 0 ? count : 1, uv_buf_init(nullptr, 0));
  std::size_t total = 0;
  for (std::size_t i = 0; i < count; ++i) {
    bufs[i] = uv_buf_init(const_cast<char*>(pieces[i].data), static_cast<unsigned>(pieces[i].size));
    total += pieces[i].size;
  }
  // Most datagrams leave at once; libuv answers EAGAIN while earlier ones wait, which keeps the order.
  int rc = uv_udp_try_send(&udp_, bufs.data(), static_cast<unsigned>(bufs.size()), to);
  if (rc >= 0) return rc;
  if (rc != UV_EAGAIN && rc != UV_ENOSYS) return rc;

  auto req = std::make_unique<SendReq>();
  req->tag = tag;
  req->bytes.resize(total);
  std::size_t at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (pieces[i].size) std::memcpy(req->bytes.data() + at, pieces[i].data, pieces[i].size);
    at += pieces[i].size;
  }
  uv_buf_t one = uv_buf_init(req->bytes.data(), static_cast<unsigned>(total));
  req->req.data = req.get();
  rc = uv_udp_send(&req->req, &udp_, &one, 1, to, &UdpSocket::sent);
  if (rc != 0) return rc;
  req.release();  // libuv holds it now; sent() frees it
  return kQueued;
}

void UdpSocket::sent(uv_udp_send_t* r, int status) {
  std::unique_ptr<SendReq> req(static_cast<SendReq*>(r->data));
  auto* self = static_cast<UdpSocket*>(r->handle->data);
  Error err;
  if (status < 0) err = make_error(status, "send");
  // Also while closing: a cancelled send (ECANCELED) still completes for whoever waits on it.
  self->listener_->on_send_done(*self, req->tag, err, req->bytes.size());
}

int UdpSocket::set_broadcast(bool on) { return closing_ ? UV_EBADF : uv_udp_set_broadcast(&udp_, on ? 1 : 0); }
int UdpSocket::set_ttl(int ttl) { return closing_ ? UV_EBADF : uv_udp_set_ttl(&udp_, ttl); }
int UdpSocket::set_multicast_ttl(int ttl) { return closing_ ? UV_EBADF : uv_udp_set_multicast_ttl(&udp_, ttl); }
int UdpSocket::set_multicast_loopback(bool on) {
  return closing_ ? UV_EBADF : uv_udp_set_multicast_loop(&udp_, on ? 1 : 0);
}
int UdpSocket::set_multicast_interface(const std::string& address) {
  return closing_ ? UV_EBADF : uv_udp_set_multicast_interface(&udp_, address.c_str());
}

int UdpSocket::set_membership(const std::string& group, const std::string& interface_address, bool join) {
  if (closing_) return UV_EBADF;
  return uv_udp_set_membership(&udp_, group.c_str(), interface_address.empty() ? nullptr : interface_address.c_str(),
                               join ? UV_JOIN_GROUP : UV_LEAVE_GROUP);
}

int UdpSocket::set_source_membership(const std::string& source, const std::string& group,
                                     const std::string& interface_address, bool join) {
  if (closing_) return UV_EBADF;
  return uv_udp_set_source_membership(&udp_, group.c_str(),
                                      interface_address.empty() ? nullptr : interface_address.c_str(), source.c_str(),
                                      join ? UV_JOIN_GROUP : UV_LEAVE_GROUP);
}

int UdpSocket::receive_buffer_size(int* value) {
  return closing_ ? UV_EBADF : uv_recv_buffer_size(reinterpret_cast<uv_handle_t*>(&udp_), value);
}

int UdpSocket::send_buffer_size(int* value) {
  return closing_ ? UV_EBADF : uv_send_buffer_size(reinterpret_cast<uv_handle_t*>(&udp_), value);
}

Endpoint UdpSocket::local_endpoint(int* err) const { return udp_name(&udp_, closing_, uv_udp_getsockname, err); }
Endpoint UdpSocket::remote_endpoint(int* err) const { return udp_name(&udp_, closing_, uv_udp_getpeername, err); }

std::size_t UdpSocket::send_queue_size() const { return uv_udp_get_send_queue_size(&udp_); }
std::size_t UdpSocket::send_queue_count() const { return uv_udp_get_send_queue_count(&udp_); }

bool UdpSocket::keeps_loop_alive() const {
  return !closing_ && uv_is_active(reinterpret_cast<const uv_handle_t*>(&udp_)) && has_ref();
}

std::string UdpSocket::describe() const {
  Endpoint ep = local_endpoint();
  if (ep.address.empty()) return "udp socket (not bound)";
  std::string text = "udp socket " + host_port(ep);
  Endpoint peer = remote_endpoint();
  if (!peer.address.empty()) text += " -> " + host_port(peer);
  return text;
}

void UdpSocket::close() {
  if (closing_) return;
  log::get()->debug("close {}", log::described(*this));
  closing_ = true;
  // libuv stops receiving and cancels queued sends (their callbacks run first, with ECANCELED).
  uv_close(reinterpret_cast<uv_handle_t*>(&udp_), [](uv_handle_t* h) {
    auto* self = static_cast<UdpSocket*>(h->data);
    self->listener_->on_close(*self);
    delete self;
  });
}

}  // namespace netjs::core

// The dgram module's native half: a UDP handle over core::UdpSocket. As in the tcp binding, the
// events go to JS callbacks registered once with setup(), called with `this` = the handle. Policy
// (bind and connect states, argument checks, the queue before binding) lives in dgram.js.
#include "core/address.h"
#include "core/udp_socket.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"
#include "js/bindings/handle_wrap.h"

#include <cstring>
#include <vector>

namespace netjs::js {

namespace {

struct UdpCallbacks : BindingState {
  void* onmessage = nullptr;  // (buffer, rinfo)
  void* onerror = nullptr;    // (status): receiving failed
  void* onsend = nullptr;     // (req, status, bytes): a queued send finished
};

class UdpWrap final : public HandleWrap, public core::UdpListener {
 public:
  static constexpr const char* kTypeName = "UDP";

  UdpWrap(Runtime& rt, duk_idx_t idx)
      : HandleWrap(rt, idx), cb_(&rt.state<UdpCallbacks>()), socket_(core::UdpSocket::create(rt.loop(), this)) {}

  core::UdpSocket* socket() { return socket_; }
  core::Resource* resource() const override { return socket_; }

  void on_message(core::UdpSocket&, const char* data, std::size_t len, const core::Endpoint& from) override {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onmessage);
    push_object();
    void* dst = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
    if (len) std::memcpy(dst, data, len);
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
    duk_remove(ctx, -2);
    push_endpoint_object(ctx, from);
    duk_push_number(ctx, static_cast<double>(len));
    duk_put_prop_literal(ctx, -2, "size");
    rt.call(2);
  }

  void on_receive_error(core::UdpSocket&, const core::Error& err) override {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onerror);
    push_object();
    duk_push_int(ctx, err.code);
    rt.call(1);
  }

  void on_send_done(core::UdpSocket&, uint32_t tag, const core::Error& err, std::size_t bytes) override {
    Runtime& rt = runtime();
    if (tag == 0) return;
    if (!rt.can_call()) {
      rt.unpin(tag);
      return;
    }
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onsend);
    push_object();  // still pinned: even cancelled sends complete before the close callback
    rt.push_pinned(tag);
    rt.unpin(tag);
    duk_push_int(ctx, err.code);
    duk_push_number(ctx, static_cast<double>(bytes));
    rt.call(3);
  }

  void on_close(core::UdpSocket&) override {
    socket_ = nullptr;
    resource_closed_now();  // may delete this
  }

 private:
  void close_resource() override {
    if (socket_) socket_->close();
  }

  UdpCallbacks* cb_;
  core::UdpSocket* socket_;
};

core::UdpSocket* this_socket(duk_context* ctx) { return HandleWrap::unwrap_this<UdpWrap>(ctx)->socket(); }

// (address, port, family) at `idx` -> sockaddr; a libuv error code. The port is read as Node's
// binding reads it (ToUint32, so bind('1234') works), then taken modulo 2^16 as htons() would.
int sockaddr_from_args(duk_context* ctx, duk_idx_t idx, sockaddr_storage* ss) {
  const char* address = duk_require_string(ctx, idx);
  int port = static_cast<int>(duk_to_uint32(ctx, idx + 1) & 0xFFFFu);
  return core::to_sockaddr(address, port, duk_require_int(ctx, idx + 2), ss);
}

duk_ret_t udp_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "UDP must be called with new");
  duk_push_this(ctx);
  new UdpWrap(Runtime::from(ctx), -1);
  return 0;
}

// bind(address, port, family, flags)
duk_ret_t udp_bind(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  sockaddr_storage ss;
  int rc = sockaddr_from_args(ctx, 0, &ss);
  unsigned flags = static_cast<unsigned>(duk_get_int_default(ctx, 3, 0));
  if (rc == 0) rc = s ? s->bind(reinterpret_cast<sockaddr*>(&ss), flags) : UV_EBADF;
  return push_result(ctx, rc);
}

// connect(address, port, family)
duk_ret_t udp_connect(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  sockaddr_storage ss;
  int rc = sockaddr_from_args(ctx, 0, &ss);
  if (rc == 0) rc = s ? s->connect(reinterpret_cast<sockaddr*>(&ss)) : UV_EBADF;
  return push_result(ctx, rc);
}

// The methods that forward to one UdpSocket call: its result, or UV_EBADF once the socket has closed.
template <int (core::UdpSocket::*kCall)()>
duk_ret_t udp_call(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  return push_result(ctx, s ? (s->*kCall)() : UV_EBADF);
}

// ... with a flag (the argument's truthiness)
template <int (core::UdpSocket::*kSet)(bool)>
duk_ret_t udp_set_flag(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  return push_result(ctx, s ? (s->*kSet)(duk_to_boolean(ctx, 0)) : UV_EBADF);
}

// ... with a number (ToInt32 of what the JS side checked is a number)
template <int (core::UdpSocket::*kSet)(int)>
duk_ret_t udp_set_int(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  return push_result(ctx, s ? (s->*kSet)(duk_to_int32(ctx, 0)) : UV_EBADF);
}

// send(req, [buffers], address, port, family) -> bytes + 1 when sent at once, 0 when queued (then
// onsend(req, status, bytes) if req is an object), or a libuv error code. address null: connected.
duk_ret_t udp_send(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  duk_require_object(ctx, 1);
  if (!s) return push_result(ctx, UV_EBADF);
  sockaddr_storage ss;
  const sockaddr* to = nullptr;
  if (!duk_is_null_or_undefined(ctx, 2)) {
    int rc = sockaddr_from_args(ctx, 2, &ss);
    if (rc != 0) return push_result(ctx, rc);
    to = reinterpret_cast<sockaddr*>(&ss);
  }
  const duk_size_t n = duk_get_length(ctx, 1);
  std::vector<core::ConstBuffer> pieces(n);
  for (duk_size_t i = 0; i < n; ++i) {
    // The array holds the buffers, so their bytes stay put while send() runs (it copies what it keeps).
    duk_get_prop_index(ctx, 1, static_cast<duk_uarridx_t>(i));
    duk_size_t len = 0;
    pieces[i].data = static_cast<const char*>(duk_require_buffer_data(ctx, -1, &len));
    pieces[i].size = len;
    duk_pop(ctx);
  }
  Runtime& rt = Runtime::from(ctx);
  // The request is pinned only if the send is queued and somebody waits for it.
  const bool wants_done = duk_is_object(ctx, 0);
  uint32_t tag = wants_done ? rt.pin(0) : 0;
  int rc = s->send(pieces.data(), pieces.size(), to, tag);
  if (rc == core::UdpSocket::kQueued) return push_result(ctx, 0);
  if (tag) rt.unpin(tag);
  return push_result(ctx, rc >= 0 ? rc + 1 : rc);
}

duk_ret_t udp_close(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  if (s) s->close();
  return 0;
}

// getsockname() / getpeername() -> {address, family, port} or a libuv error code
template <core::Endpoint (core::UdpSocket::*kEndpoint)(int*) const>
duk_ret_t udp_endpoint(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  int rc = UV_EBADF;
  core::Endpoint ep = s ? (s->*kEndpoint)(&rc) : core::Endpoint{};
  if (rc != 0) return push_result(ctx, rc);
  push_endpoint_object(ctx, ep);
  return 1;
}

duk_ret_t udp_set_multicast_interface(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  const char* address = duk_require_string(ctx, 0);
  return push_result(ctx, s ? s->set_multicast_interface(address) : UV_EBADF);
}

// setMembership(group, interfaceAddress or undefined, join)
duk_ret_t udp_set_membership(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  std::string group = duk_to_string(ctx, 0);
  std::string iface = duk_is_null_or_undefined(ctx, 1) ? std::string() : std::string(duk_to_string(ctx, 1));
  return push_result(ctx, s ? s->set_membership(group, iface, duk_to_boolean(ctx, 2)) : UV_EBADF);
}

// setSourceMembership(source, group, interfaceAddress or undefined, join)
duk_ret_t udp_set_source_membership(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  std::string source = duk_to_string(ctx, 0);
  std::string group = duk_to_string(ctx, 1);
  std::string iface = duk_is_null_or_undefined(ctx, 2) ? std::string() : std::string(duk_to_string(ctx, 2));
  return push_result(ctx, s ? s->set_source_membership(source, group, iface, duk_to_boolean(ctx, 3)) : UV_EBADF);
}

// bufferSize(size, receive) -> the size (0 reads it) or a libuv error code
duk_ret_t udp_buffer_size(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  int value = static_cast<int>(duk_to_uint32(ctx, 0));
  if (!s) return push_result(ctx, UV_EBADF);
  int rc = duk_to_boolean(ctx, 1) ? s->receive_buffer_size(&value) : s->send_buffer_size(&value);
  return push_result(ctx, rc != 0 ? rc : value);
}

duk_ret_t udp_send_queue_size(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  duk_push_number(ctx, s ? static_cast<double>(s->send_queue_size()) : 0);
  return 1;
}

duk_ret_t udp_send_queue_count(duk_context* ctx) {
  core::UdpSocket* s = this_socket(ctx);
  duk_push_number(ctx, s ? static_cast<double>(s->send_queue_count()) : 0);
  return 1;
}

// setup({onmessage, onerror, onsend})
duk_ret_t setup(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  UdpCallbacks& cb = rt.state<UdpCallbacks>();
  struct Slot {
    const char* name;
    void** target;
  } slots[] = {{"onmessage", &cb.onmessage}, {"onerror", &cb.onerror}, {"onsend", &cb.onsend}};
  for (const Slot& slot : slots) {
    duk_get_prop_string(ctx, 0, slot.name);
    duk_require_function(ctx, -1);
    rt.pin(-1);
    *slot.target = duk_get_heapptr(ctx, -1);
    duk_pop(ctx);
  }
  return 0;
}

}  // namespace

duk_ret_t open_udp_binding(duk_context* ctx) {
  static const duk_function_list_entry kMethods[] = {
      {"bind", udp_bind, 4},
      {"connect", udp_connect, 3},
      {"disconnect", udp_call<&core::UdpSocket::disconnect>, 0},
      {"send", udp_send, 5},
      {"recvStart", udp_call<&core::UdpSocket::receive_start>, 0},
      {"recvStop", udp_call<&core::UdpSocket::receive_stop>, 0},
      {"close", udp_close, 0},
      {"getsockname", udp_endpoint<&core::UdpSocket::local_endpoint>, 0},
      {"getpeername", udp_endpoint<&core::UdpSocket::remote_endpoint>, 0},
      {"setBroadcast", udp_set_flag<&core::UdpSocket::set_broadcast>, 1},
      {"setTTL", udp_set_int<&core::UdpSocket::set_ttl>, 1},
      {"setMulticastTTL", udp_set_int<&core::UdpSocket::set_multicast_ttl>, 1},
      {"setMulticastLoopback", udp_set_flag<&core::UdpSocket::set_multicast_loopback>, 1},
      {"setMulticastInterface", udp_set_multicast_interface, 1},
      {"setMembership", udp_set_membership, 3},
      {"setSourceMembership", udp_set_source_membership, 4},
      {"bufferSize", udp_buffer_size, 2},
      {"getSendQueueSize", udp_send_queue_size, 0},
      {"getSendQueueCount", udp_send_queue_count, 0},
      {nullptr, nullptr, 0}};
  static const duk_function_list_entry kFuncs[] = {{"setup", setup, 1}, {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  duk_push_int(ctx, static_cast<int>(core::UdpSocket::kReuseAddr));
  duk_put_prop_literal(ctx, -2, "UV_UDP_REUSEADDR");
  duk_push_int(ctx, static_cast<int>(core::UdpSocket::kIpv6Only));
  duk_put_prop_literal(ctx, -2, "UV_UDP_IPV6ONLY");
  duk_push_c_function(ctx, udp_construct, 0);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kMethods);
  HandleWrap::put_ref_methods(ctx, -1);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, "UDP");
  return 1;
}

}  // namespace netjs::js

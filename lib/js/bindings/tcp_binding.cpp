// The net module's native half: socket and server handles over the core, for TCP and for Unix domain
// sockets and pipes (Node's TCP and Pipe handles). Each handle is a small JS object (methods on a
// shared prototype per kind); events of both kinds go to one set of JS callbacks registered once with
// setup(), called with `this` = the handle, so no per-socket closures or property lookups are needed.
#include "core/address.h"
#include "core/fd_kind.h"
#include "core/pipe_server.h"
#include "core/pipe_socket.h"
#include "core/tcp_server.h"
#include "core/tcp_socket.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"
#include "js/bindings/handle_wrap.h"
#include "js/bindings/net_handles.h"
#include "js/bindings/number_edge.h"
#include "js/stack_guard.h"

#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

namespace netjs::js {

namespace {

struct TcpCallbacks : BindingState {
  void* onconnection = nullptr;
  void* onconnect = nullptr;
  void* onread = nullptr;
  void* onend = nullptr;
  void* onerror = nullptr;
  void* onwrite = nullptr;
  void* onshutdown = nullptr;
  void* ontimeout = nullptr;
  void* onclose = nullptr;
  void* ondrop = nullptr;
  void* socket_proto = nullptr;  // prototypes given to handles of accepted connections
  void* pipe_proto = nullptr;
  void* pipe_kinds = nullptr;  // {Pipe, PipeServer}, made on first use
};

// Bytes of a JS Buffer handed to the core without copying. The Buffer is pinned only if the kernel did
// not take everything at once and the core queues the rest.
class BufferChunk final : public core::Chunk {
 public:
  BufferChunk(Runtime& rt, duk_idx_t idx, const char* data, std::size_t len)
      : rt_(rt), idx_(duk_normalize_index(rt.ctx(), idx)), data_(data), len_(len) {}
  ~BufferChunk() override { rt_.unpin(slot_); }
  const char* data() const override { return data_; }
  std::size_t size() const override { return len_; }
  void retain() override { slot_ = rt_.pin(idx_); }

 private:
  Runtime& rt_;
  duk_idx_t idx_;  // valid only during write(), which is when retain() can be called
  const char* data_;
  std::size_t len_;
  uint32_t slot_ = 0;
};

// The endpoint object, or undefined for none (a closed or unconnected socket).
void push_endpoint(duk_context* ctx, const core::Endpoint& ep) {
  if (ep.address.empty()) duk_push_undefined(ctx);
  else push_endpoint_object(ctx, ep);
}

// Parses (address, port) arguments into a sockaddr; returns a libuv error code.
int sockaddr_from_args(duk_context* ctx, duk_idx_t addr_idx, sockaddr_storage* ss) {
  const char* addr = duk_require_string(ctx, addr_idx);
  int port = duk_require_int(ctx, addr_idx + 1);
  return core::to_sockaddr(addr, port, ss);
}

// What the methods shared by both kinds of connection handle see: the stream, and the connection as
// its kind (nullptr for the other kind, or once closed). Adds no per-connection memory (only virtuals).
class StreamHandle : public HandleWrap {
 public:
  static constexpr const char* kTypeName = "socket";
  virtual core::Stream* stream() const = 0;
  virtual core::TcpSocket* tcp() const { return nullptr; }
  virtual core::PipeSocket* pipe() const { return nullptr; }

 protected:
  StreamHandle(Runtime& rt, duk_idx_t idx) : HandleWrap(rt, idx) {}
};

// A TCP or a pipe connection (`Socket` with its `Listener`): the stream events are the same, and so
// is everything JS sees. One class per kind keeps a TCP connection's wrap as small as it was.
template <class Socket, class Listener>
class SocketWrap final : public StreamHandle, public Listener {
 public:
  SocketWrap(Runtime& rt, duk_idx_t idx, Socket* socket)
      : StreamHandle(rt, idx), cb_(&rt.state<TcpCallbacks>()), socket_(socket) {
    if (socket_) socket_->set_listener(this);
    else socket_ = Socket::create(rt.loop(), this);
  }

  core::Stream* stream() const override { return socket_; }
  core::TcpSocket* tcp() const override {
    if constexpr (std::is_same_v<Socket, core::TcpSocket>) return socket_;
    return nullptr;
  }
  core::PipeSocket* pipe() const override {
    if constexpr (std::is_same_v<Socket, core::PipeSocket>) return socket_;
    return nullptr;
  }
  core::Resource* resource() const override { return socket_; }

  // --- core events -> JS ------------------------------------------------------------------------------
  void on_connect(Socket&, const core::Error& err) override { emit_status(cb_->onconnect, err.code); }

  void on_data(core::Stream&, const char* data, std::size_t len) override {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onread);
    push_object();
    // The one copy between the kernel and JS: from the loop's read buffer into a fresh Buffer.
    void* dst = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
    std::memcpy(dst, data, len);
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
    duk_remove(ctx, -2);
    rt.call(1);
  }

  void on_end(core::Stream&) override { emit_status(cb_->onend, 0, false); }
  void on_error(core::Stream&, const core::Error& err) override { emit_status(cb_->onerror, err.code); }
  void on_write_done(core::Stream&, const core::Error& err) override {
    emit_status(cb_->onwrite, err.code);
  }
  void on_shutdown(Socket&, const core::Error& err) override { emit_status(cb_->onshutdown, err.code); }
  void on_timeout(Socket&) override { emit_status(cb_->ontimeout, 0, false); }

  void on_close(core::Stream&) override {
    socket_ = nullptr;
    emit_status(cb_->onclose, 0, false);
    resource_closed_now();  // may delete this
  }

 private:
  void emit_status(void* fn, int status, bool with_status = true) {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, fn);
    push_object();
    if (with_status) duk_push_int(ctx, status);
    rt.call(with_status ? 1 : 0);
  }
  void close_resource() override {
    if (socket_) socket_->close();
  }

  TcpCallbacks* cb_;
  Socket* socket_;
};

using TcpWrap = SocketWrap<core::TcpSocket, core::SocketListener>;
using PipeWrap = SocketWrap<core::PipeSocket, core::PipeListener>;

// A TCP or a Unix socket server: one JS interface, the accepted connection's handle of the same kind.
class ServerWrap final : public HandleWrap, public core::ServerListener, public core::PipeServerListener {
 public:
  static constexpr const char* kTypeName = "server";

  ServerWrap(Runtime& rt, duk_idx_t idx, bool pipe) : HandleWrap(rt, idx), cb_(&rt.state<TcpCallbacks>()) {
    if (pipe) pipe_ = core::PipeServer::create(rt.loop(), this);
    else tcp_ = core::TcpServer::create(rt.loop(), this);
  }

  core::TcpServer* tcp() { return tcp_; }
  core::PipeServer* pipe() { return pipe_; }
  core::Resource* resource() const override {
    return tcp_ ? static_cast<core::Resource*>(tcp_) : static_cast<core::Resource*>(pipe_);
  }

  void on_connection(core::TcpServer& server, const core::Error& err) override {
    if (report_accept_error(err)) return;
    int rc = 0;
    deliver<core::TcpSocket, core::SocketListener>(server.accept(nullptr, &rc), cb_->socket_proto);
  }
  void on_connection(core::PipeServer& server, const core::Error& err) override {
    if (report_accept_error(err)) return;
    int rc = 0;
    deliver<core::PipeSocket, core::PipeListener>(server.accept(nullptr, &rc), cb_->pipe_proto);
  }

  // ondrop(errno, [remote endpoints]) once per batch the core closed for lack of descriptors.
  void on_connections_dropped(core::TcpServer&, const core::Error& err,
                              const std::vector<core::Endpoint>& peers) override {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->ondrop);
    push_object();
    duk_push_int(ctx, err.code);
    duk_push_array(ctx);
    duk_uarridx_t i = 0;
    for (const core::Endpoint& peer : peers) {
      push_endpoint(ctx, peer);
      duk_put_prop_index(ctx, -2, i++);
    }
    rt.call(2);
  }

  void on_close(core::TcpServer&) override {
    tcp_ = nullptr;
    closed();
  }
  void on_close(core::PipeServer&) override {
    pipe_ = nullptr;
    closed();
  }

 private:
  bool report_accept_error(const core::Error& err) {
    if (!err) return false;
    Runtime& rt = runtime();
    if (!rt.can_call()) return true;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onconnection);
    push_object();
    duk_push_int(ctx, err.code);
    duk_push_undefined(ctx);
    rt.call(2);
    return true;
  }

  // onconnection(0, handle) for an accepted connection (nullptr: the peer went away before accept).
  template <class Socket, class Listener>
  void deliver(Socket* socket, void* proto) {
    if (!socket) return;
    Runtime& rt = runtime();
    if (!rt.can_call()) {
      socket->close();
      return;
    }
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, cb_->onconnection);
    push_object();
    duk_push_int(ctx, 0);
    duk_push_object(ctx);
    duk_push_heapptr(ctx, proto);
    duk_set_prototype(ctx, -2);
    new SocketWrap<Socket, Listener>(rt, -1, socket);
    rt.call(2);
  }

  void closed() {
    Runtime& rt = runtime();
    if (rt.can_call()) {
      duk_context* ctx = rt.ctx();
      duk_push_heapptr(ctx, cb_->onclose);
      push_object();
      rt.call(0);
    }
    resource_closed_now();
  }

  void close_resource() override {
    if (tcp_) tcp_->close();
    if (pipe_) pipe_->close();
  }

  TcpCallbacks* cb_;
  core::TcpServer* tcp_ = nullptr;
  core::PipeServer* pipe_ = nullptr;
};

// --- socket methods -----------------------------------------------------------------------------------
// The stream methods serve both kinds; the TCP and the pipe prototypes each add their own.

core::Stream* this_stream(duk_context* ctx) { return HandleWrap::unwrap_this<StreamHandle>(ctx)->stream(); }
core::TcpSocket* this_socket(duk_context* ctx) { return HandleWrap::unwrap_this<StreamHandle>(ctx)->tcp(); }
core::PipeSocket* this_pipe(duk_context* ctx) { return HandleWrap::unwrap_this<StreamHandle>(ctx)->pipe(); }

duk_ret_t socket_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "Socket must be called with new");
  duk_push_this(ctx);
  new TcpWrap(Runtime::from(ctx), -1, nullptr);
  return 0;
}

duk_ret_t pipe_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "Pipe must be called with new");
  duk_push_this(ctx);
  new PipeWrap(Runtime::from(ctx), -1, nullptr);
  return 0;
}

duk_ret_t socket_bind(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  sockaddr_storage ss;
  int rc = sockaddr_from_args(ctx, 0, &ss);
  if (rc == 0) rc = s ? s->bind(reinterpret_cast<sockaddr*>(&ss)) : UV_EBADF;
  return push_result(ctx, rc);
}

duk_ret_t socket_connect(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  sockaddr_storage ss;
  int rc = sockaddr_from_args(ctx, 0, &ss);
  if (rc == 0) rc = s ? s->connect(reinterpret_cast<sockaddr*>(&ss)) : UV_EBADF;
  return push_result(ctx, rc);
}

// connect(path) on a pipe handle
duk_ret_t pipe_connect(duk_context* ctx) {
  core::PipeSocket* s = this_pipe(ctx);
  const char* path = duk_require_string(ctx, 0);
  return push_result(ctx, s ? s->connect(path) : UV_EBADF);
}

// open(fd): takes over an inherited descriptor of the handle's kind
duk_ret_t socket_open(duk_context* ctx) {
  StreamHandle* w = HandleWrap::unwrap_this<StreamHandle>(ctx);
  const int fd = duk_require_int(ctx, 0);
  if (core::TcpSocket* t = w->tcp()) return push_result(ctx, t->open(fd));
  if (core::PipeSocket* p = w->pipe()) return push_result(ctx, p->open(fd));
  return push_result(ctx, UV_EBADF);
}

duk_ret_t socket_read_start(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  return push_result(ctx, s ? s->read_start() : UV_EBADF);
}

duk_ret_t socket_read_stop(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  return push_result(ctx, s ? s->read_stop() : UV_EBADF);
}

// writeBuffer(buf) -> 0 written now, 1 queued (onwrite follows), < 0 libuv error
duk_ret_t socket_write_buffer(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  duk_size_t len = 0;
  const char* data = static_cast<const char*>(duk_require_buffer_data(ctx, 0, &len));
  if (!s) return push_result(ctx, UV_EBADF);
  auto chunk = std::make_unique<BufferChunk>(Runtime::from(ctx), 0, data, len);
  return push_result(ctx, s->write(std::move(chunk)));
}

// writeBuffers([buf, ...]): the chunks in order as one write, none of them copied (a writev backlog).
duk_ret_t socket_write_buffers(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  duk_require_object(ctx, 0);
  if (!s) return push_result(ctx, UV_EBADF);
  Runtime& rt = Runtime::from(ctx);
  const duk_size_t n = duk_get_length(ctx, 0);
  std::vector<std::unique_ptr<core::Chunk>> chunks;
  chunks.reserve(n);
  duk_require_stack(ctx, static_cast<duk_idx_t>(n));
  for (duk_size_t i = 0; i < n; ++i) {
    // Each buffer stays on the value stack during write(), so a chunk can pin it if it is queued.
    duk_get_prop_index(ctx, 0, static_cast<duk_uarridx_t>(i));
    duk_size_t len = 0;
    const char* data = static_cast<const char*>(duk_require_buffer_data(ctx, -1, &len));
    chunks.push_back(std::make_unique<BufferChunk>(rt, -1, data, len));
  }
  return push_result(ctx, s->write(std::move(chunks)));
}

duk_ret_t socket_shutdown(duk_context* ctx) {
  StreamHandle* w = HandleWrap::unwrap_this<StreamHandle>(ctx);
  if (core::TcpSocket* t = w->tcp()) return push_result(ctx, t->shutdown());
  if (core::PipeSocket* p = w->pipe()) return push_result(ctx, p->shutdown());
  return push_result(ctx, UV_EBADF);
}

duk_ret_t socket_close(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  if (s) s->close();
  return 0;
}

duk_ret_t socket_reset(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  if (s) s->reset();
  return 0;
}

duk_ret_t socket_set_no_delay(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  return push_result(ctx, s ? s->set_no_delay(duk_to_boolean(ctx, 0)) : UV_EBADF);
}

duk_ret_t socket_set_keep_alive(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  bool enable = duk_to_boolean(ctx, 0);
  const uint64_t delay = clamp_to_u64(duk_get_number_default(ctx, 1, 0), kTimeoutMaxMs);
  return push_result(ctx, s ? s->set_keepalive(enable, delay) : UV_EBADF);
}

duk_ret_t socket_set_timeout(duk_context* ctx) {
  StreamHandle* w = HandleWrap::unwrap_this<StreamHandle>(ctx);
  const uint64_t ms = clamp_to_u64(duk_require_number(ctx, 0), kTimeoutMaxMs);
  if (core::TcpSocket* t = w->tcp()) t->set_idle_timeout(ms);
  if (core::PipeSocket* p = w->pipe()) p->set_idle_timeout(ms);
  return 0;
}

duk_ret_t socket_getsockname(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  push_endpoint(ctx, s ? s->local_endpoint() : core::Endpoint{});
  return 1;
}

duk_ret_t socket_getpeername(duk_context* ctx) {
  core::TcpSocket* s = this_socket(ctx);
  push_endpoint(ctx, s ? s->remote_endpoint() : core::Endpoint{});
  return 1;
}

// stats() -> [bytesRead, bytesWritten, queuedBytes]
duk_ret_t socket_stats(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  duk_push_array(ctx);
  duk_push_number(ctx, s ? static_cast<double>(s->bytes_read()) : 0);
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, s ? static_cast<double>(s->bytes_written()) : 0);
  duk_put_prop_index(ctx, -2, 1);
  duk_push_number(ctx, s ? static_cast<double>(s->queued_bytes()) : 0);
  duk_put_prop_index(ctx, -2, 2);
  return 1;
}

duk_ret_t socket_queued_bytes(duk_context* ctx) {
  core::Stream* s = this_stream(ctx);
  duk_push_number(ctx, s ? static_cast<double>(s->queued_bytes()) : 0);
  return 1;
}

// --- server methods -----------------------------------------------------------------------------------

core::TcpServer* this_server(duk_context* ctx) { return HandleWrap::unwrap_this<ServerWrap>(ctx)->tcp(); }
core::PipeServer* this_pipe_server(duk_context* ctx) { return HandleWrap::unwrap_this<ServerWrap>(ctx)->pipe(); }

duk_ret_t server_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "Server must be called with new");
  duk_push_this(ctx);
  new ServerWrap(Runtime::from(ctx), -1, false);
  return 0;
}

duk_ret_t pipe_server_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "PipeServer must be called with new");
  duk_push_this(ctx);
  new ServerWrap(Runtime::from(ctx), -1, true);
  return 0;
}

// bind(address, port, ipv6Only) -> error code
duk_ret_t server_bind(duk_context* ctx) {
  core::TcpServer* s = this_server(ctx);
  sockaddr_storage ss;
  int rc = sockaddr_from_args(ctx, 0, &ss);
  if (rc == 0) rc = s ? s->bind(reinterpret_cast<sockaddr*>(&ss), duk_to_boolean(ctx, 2)) : UV_EBADF;
  return push_result(ctx, rc);
}

// bind(path) on a pipe server -> error code
duk_ret_t pipe_server_bind(duk_context* ctx) {
  core::PipeServer* s = this_pipe_server(ctx);
  const char* path = duk_require_string(ctx, 0);
  return push_result(ctx, s ? s->bind(path) : UV_EBADF);
}

// open(fd): listens on an inherited, bound descriptor of the handle's kind
duk_ret_t server_open(duk_context* ctx) {
  ServerWrap* w = HandleWrap::unwrap_this<ServerWrap>(ctx);
  const int fd = duk_require_int(ctx, 0);
  if (core::TcpServer* t = w->tcp()) return push_result(ctx, t->open(fd));
  if (core::PipeServer* p = w->pipe()) return push_result(ctx, p->open(fd));
  return push_result(ctx, UV_EBADF);
}

duk_ret_t server_listen(duk_context* ctx) {
  ServerWrap* w = HandleWrap::unwrap_this<ServerWrap>(ctx);
  const int backlog = duk_require_int(ctx, 0);
  if (core::TcpServer* t = w->tcp()) return push_result(ctx, t->listen(backlog));
  if (core::PipeServer* p = w->pipe()) return push_result(ctx, p->listen(backlog));
  return push_result(ctx, UV_EBADF);
}

duk_ret_t server_close(duk_context* ctx) {
  if (core::Resource* r = HandleWrap::unwrap_this<ServerWrap>(ctx)->resource()) r->close();
  return 0;
}

duk_ret_t server_getsockname(duk_context* ctx) {
  core::TcpServer* s = this_server(ctx);
  push_endpoint(ctx, s ? s->local_endpoint() : core::Endpoint{});
  return 1;
}

// setup({onconnection, onconnect, onread, onend, onerror, onwrite, onshutdown, ontimeout, onclose, ondrop})
duk_ret_t setup(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  TcpCallbacks& cb = rt.state<TcpCallbacks>();
  struct Slot {
    const char* name;
    void** target;
  } slots[] = {{"onconnection", &cb.onconnection}, {"onconnect", &cb.onconnect}, {"onread", &cb.onread},
               {"onend", &cb.onend},               {"onerror", &cb.onerror},     {"onwrite", &cb.onwrite},
               {"onshutdown", &cb.onshutdown},     {"ontimeout", &cb.ontimeout}, {"onclose", &cb.onclose},
               {"ondrop", &cb.ondrop}};
  for (const Slot& slot : slots) {
    duk_get_prop_string(ctx, 0, slot.name);
    duk_require_function(ctx, -1);
    rt.pin(-1);
    *slot.target = duk_get_heapptr(ctx, -1);
    duk_pop(ctx);
  }
  return 0;
}

duk_ret_t guess_handle_type(duk_context* ctx) {
  duk_push_string(ctx, core::fd_kind(duk_require_int(ctx, 0)));
  return 1;
}

duk_ret_t is_ip(duk_context* ctx) {
  duk_push_int(ctx, duk_is_string(ctx, 0) ? core::ip_family(duk_get_string(ctx, 0)) : 0);
  return 1;
}

}  // namespace

core::PipeSocket* pipe_handle_at(duk_context* ctx, duk_idx_t idx) {
  auto* wrap = dynamic_cast<StreamHandle*>(HandleWrap::wrap_at(ctx, idx));
  return wrap ? wrap->pipe() : nullptr;
}

namespace {

const duk_function_list_entry kStreamMethods[] = {
    {"open", socket_open, 1},
    {"readStart", socket_read_start, 0},
    {"readStop", socket_read_stop, 0},
    {"writeBuffer", socket_write_buffer, 1},
    {"writeBuffers", socket_write_buffers, 1},
    {"shutdown", socket_shutdown, 0},
    {"close", socket_close, 0},
    {"stats", socket_stats, 0},
    {"queuedBytes", socket_queued_bytes, 0},
    {"setTimeout", socket_set_timeout, 1},
    {nullptr, nullptr, 0}};
const duk_function_list_entry kTcpMethods[] = {
    {"bind", socket_bind, 2},
    {"connect", socket_connect, 2},
    {"reset", socket_reset, 0},
    {"setNoDelay", socket_set_no_delay, 1},
    {"setKeepAlive", socket_set_keep_alive, 2},
    {"getsockname", socket_getsockname, 0},
    {"getpeername", socket_getpeername, 0},
    {nullptr, nullptr, 0}};
const duk_function_list_entry kPipeMethods[] = {{"connect", pipe_connect, 1}, {nullptr, nullptr, 0}};
const duk_function_list_entry kServerMethods[] = {
    {"bind", server_bind, 3}, {"open", server_open, 1}, {"listen", server_listen, 1},
    {"close", server_close, 0}, {"getsockname", server_getsockname, 0}, {nullptr, nullptr, 0}};
const duk_function_list_entry kPipeServerMethods[] = {
    {"bind", pipe_server_bind, 1}, {"open", server_open, 1}, {"listen", server_listen, 1},
    {"close", server_close, 0}, {nullptr, nullptr, 0}};

struct HandleKind {
  const char* name;
  duk_c_function construct;
  const duk_function_list_entry* own;
  const duk_function_list_entry* shared;  // may be nullptr
  void** proto_slot;                      // where an accepted connection's prototype is kept
};

// Puts each kind's constructor, with its prototype, on the object at the top of the stack.
void put_kinds(duk_context* ctx, Runtime& rt, const HandleKind* kinds, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    const HandleKind& k = kinds[i];
    duk_push_c_function(ctx, k.construct, 0);
    duk_push_object(ctx);
    if (k.shared) duk_put_function_list(ctx, -1, k.shared);
    duk_put_function_list(ctx, -1, k.own);
    HandleWrap::put_ref_methods(ctx, -1);
    if (k.proto_slot) {
      rt.pin(-1);
      *k.proto_slot = duk_get_heapptr(ctx, -1);
    }
    duk_put_prop_string(ctx, -2, "prototype");
    duk_put_prop_string(ctx, -2, k.name);
  }
}

// pipeHandles() -> {Pipe, PipeServer}: made on first use, as most scripts never touch a Unix socket
// and require('net') must stay cheap.
duk_ret_t pipe_handles(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  TcpCallbacks& cb = rt.state<TcpCallbacks>();
  if (cb.pipe_kinds) {
    duk_push_heapptr(ctx, cb.pipe_kinds);
    return 1;
  }
  const HandleKind kinds[] = {
      {"Pipe", pipe_construct, kPipeMethods, kStreamMethods, &cb.pipe_proto},
      {"PipeServer", pipe_server_construct, kPipeServerMethods, nullptr, nullptr},
  };
  duk_push_object(ctx);
  put_kinds(ctx, rt, kinds, 2);
  rt.pin(-1);
  cb.pipe_kinds = duk_get_heapptr(ctx, -1);
  return 1;
}

}  // namespace

duk_ret_t open_tcp_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {{"setup", setup, 1},
                                                   {"isIP", is_ip, 1},
                                                   {"guessHandleType", guess_handle_type, 1},
                                                   {"pipeHandles", pipe_handles, 0},
                                                   {nullptr, nullptr, 0}};
  Runtime& rt = Runtime::from(ctx);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  const HandleKind kinds[] = {
      {"Socket", socket_construct, kTcpMethods, kStreamMethods, &rt.state<TcpCallbacks>().socket_proto},
      {"Server", server_construct, kServerMethods, nullptr, nullptr},
  };
  put_kinds(ctx, rt, kinds, 2);
  return 1;
}

}  // namespace netjs::js

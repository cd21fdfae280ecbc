// UdpSocket over loopback: a datagram echo on IPv4 and IPv6 (pieces sent as one datagram, the sender's
// address, empty datagrams), connect/disconnect, errors before bind and after close, the family check,
// and ref/unref deciding whether a receiving socket keeps the loop alive.
#include "core/udp_socket.h"
#include "helpers.h"

using namespace netjs::test;

namespace {

// Counts every callback and keeps what arrived; `on_message_hook` lets a scenario answer.
struct UdpRecorder final : UdpListener {
  UdpSocket* socket = nullptr;
  std::vector<std::string> messages;
  std::vector<Endpoint> senders;
  int receive_errors = 0, send_done = 0, close_cb = 0;
  std::function<void(UdpSocket&, const std::string&, const Endpoint&)> on_message_hook;

  void on_message(UdpSocket& s, const char* data, std::size_t len, const Endpoint& from) override {
    messages.emplace_back(data, len);
    senders.push_back(from);
    if (on_message_hook) on_message_hook(s, messages.back(), from);
  }
  void on_receive_error(UdpSocket&, const Error&) override { ++receive_errors; }
  void on_send_done(UdpSocket&, uint32_t, const Error&, std::size_t) override { ++send_done; }
  void on_close(UdpSocket&) override {
    ++close_cb;
    socket = nullptr;
  }
};

// Binds a new socket on `ip` port 0 and starts receiving.
UdpSocket* bound(Loop& loop, UdpRecorder& rec, const std::string& ip) {
  rec.socket = UdpSocket::create(loop, &rec);
  Addr a = addr(ip, 0);
  REQUIRE(rec.socket->bind(a.sa(), 0) == 0);
  REQUIRE(rec.socket->receive_start() == 0);
  return rec.socket;
}

int send_text(UdpSocket& s, const std::vector<std::string>& pieces, const sockaddr* to) {
  std::vector<ConstBuffer> bufs;
  for (const std::string& p : pieces) bufs.push_back({p.data(), p.size()});
  return s.send(bufs.data(), bufs.size(), to, 0);
}

void echo(const std::string& ip, int family) {
  UdpRecorder server, client;
  Loop loop;
  Watchdog dog{loop};
  UdpSocket* srv = bound(loop, server, ip);
  UdpSocket* cli = bound(loop, client, ip);
  Endpoint srv_ep = srv->local_endpoint();
  const int client_port = cli->local_endpoint().port;
  CHECK(srv_ep.address == ip);
  CHECK(srv_ep.family == family);
  CHECK(srv_ep.port > 0);
  CHECK(srv->describe().find("udp socket ") == 0);

  server.on_message_hook = [](UdpSocket& s, const std::string& text, const Endpoint& from) {
    Addr back = addr(from.address, from.port);
    CHECK(send_text(s, {text}, back.sa()) == static_cast<int>(text.size()));
  };
  client.on_message_hook = [&](UdpSocket&, const std::string&, const Endpoint&) {
    if (client.messages.size() == 2) {
      cli->close();
      srv->close();
    }
  };
  Addr to = addr(ip, srv_ep.port);
  CHECK(send_text(*cli, {"hel", "", "lo"}, to.sa()) == 5);
  CHECK(send_text(*cli, {}, to.sa()) == 0);  // an empty datagram is still a datagram
  CHECK(loop.run() == false);

  CHECK(server.messages == std::vector<std::string>{"hello", ""});
  REQUIRE(server.senders.size() == 2);
  CHECK(server.senders[0].address == ip);
  CHECK(server.senders[0].family == family);
  CHECK(server.senders[0].port == client_port);
  CHECK(client.messages == std::vector<std::string>{"hello", ""});
  CHECK(client.senders[0].port == srv_ep.port);
  CHECK(server.close_cb == 1);
  CHECK(client.close_cb == 1);
  CHECK(server.send_done + client.send_done == 0);  // all sent at once
  CHECK(server.receive_errors + client.receive_errors == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

}  // namespace

TEST_CASE("udp echo over IPv4") { echo("127.0.0.1", 4); }

TEST_CASE("udp echo over IPv6") { echo("::1", 6); }

TEST_CASE("udp connect: sends without an address, the peer is known, disconnect forgets it") {
  UdpRecorder server, client;
  Loop loop;
  Watchdog dog{loop};
  UdpSocket* srv = bound(loop, server, "127.0.0.1");
  UdpSocket* cli = bound(loop, client, "127.0.0.1");
  int err = 0;
  cli->remote_endpoint(&err);
  CHECK(err == UV_ENOTCONN);
  Addr to = addr("127.0.0.1", srv->local_endpoint().port);
  REQUIRE(cli->connect(to.sa()) == 0);
  Endpoint peer = cli->remote_endpoint(&err);
  CHECK(err == 0);
  CHECK(peer.port == srv->local_endpoint().port);
  CHECK(cli->describe().find(" -> 127.0.0.1:") != std::string::npos);
  CHECK(send_text(*cli, {"x"}, nullptr) == 1);
  CHECK(send_text(*cli, {"x"}, to.sa()) == UV_EISCONN);  // libuv: connected sockets take no address
  server.on_message_hook = [&](UdpSocket&, const std::string&, const Endpoint&) {
    CHECK(cli->disconnect() == 0);
    int e = 0;
    cli->remote_endpoint(&e);
    CHECK(e == UV_ENOTCONN);
    CHECK(send_text(*cli, {"y"}, nullptr) == UV_EDESTADDRREQ);
    cli->close();
    srv->close();
  };
  CHECK(loop.run() == false);
  CHECK(server.messages == std::vector<std::string>{"x"});
  CHECK(server.close_cb == 1);
  CHECK(client.close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("udp errors: before bind, the other family, after close") {
  UdpRecorder rec;
  Loop loop;
  UdpSocket* s = UdpSocket::create(loop, &rec);
  rec.socket = s;
  int err = 0;
  s->local_endpoint(&err);
  CHECK(err == UV_EBADF);
  CHECK(s->describe() == "udp socket (not bound)");
  CHECK(s->set_ttl(5) == UV_EBADF);
  CHECK_FALSE(s->keeps_loop_alive());

  sockaddr_storage ss;
  CHECK(to_sockaddr("::1", 0, 4, &ss) == UV_EINVAL);
  CHECK(to_sockaddr("127.0.0.1", 0, 6, &ss) == UV_EINVAL);
  CHECK(to_sockaddr("127.0.0.1", 7, 4, &ss) == 0);

  Addr a = addr("127.0.0.1", 0);
  REQUIRE(s->bind(a.sa(), UdpSocket::kReuseAddr) == 0);
  CHECK(s->bind(a.sa(), 0) == UV_EINVAL);  // already bound
  CHECK(s->set_ttl(0) == UV_EINVAL);
  CHECK(s->set_ttl(64) == 0);
  CHECK(s->set_broadcast(true) == 0);
  CHECK(s->set_multicast_loopback(false) == 0);
  int size = 0;
  CHECK(s->receive_buffer_size(&size) == 0);
  CHECK(size > 0);

  s->close();
  s->close();  // idempotent
  CHECK(s->closing());
  CHECK(s->set_ttl(64) == UV_EBADF);
  CHECK(send_text(*s, {"x"}, a.sa()) == UV_EBADF);
  CHECK(s->receive_start() == UV_EBADF);
  CHECK(loop.run() == false);
  CHECK(rec.close_cb == 1);
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("udp ref/unref: an unref'd receiving socket does not keep the loop alive") {
  UdpRecorder rec;
  Loop loop;
  UdpSocket* s = bound(loop, rec, "127.0.0.1");
  CHECK(s->keeps_loop_alive());
  s->unref();
  CHECK_FALSE(s->has_ref());
  CHECK_FALSE(s->keeps_loop_alive());
  CHECK(loop.run() == false);  // returns at once: nothing else holds the loop
  CHECK(rec.close_cb == 0);
  s->ref();
  CHECK(s->keeps_loop_alive());
  CHECK(loop.describe_live().size() == 1);
  s->close();
  CHECK(loop.run() == false);
  CHECK(rec.close_cb == 1);
  CHECK(loop.close() == 0);
}

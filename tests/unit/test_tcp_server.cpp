// TcpServer: bind/listen on loopback (IPv4 and IPv6), accept with a listener, EADDRINUSE, close.
#include "helpers.h"

using namespace netjs::test;

namespace {

// One client connecting to a server listening on ip:0; the server accepts it and both close.
void connect_and_accept(const std::string& ip, int family) {
  RecordingServer server;
  RecordingListener client;
  RecordingListener peer;
  Loop loop;
  Watchdog dog(loop);
  server.conn = &peer;
  server.close_after_accept = true;
  int port = server.listen(loop, ip);
  Endpoint local = server.server->local_endpoint();
  CHECK(local.address == ip);
  CHECK(local.family == family);
  CHECK(local.port == port);
  CHECK(server.server->listening());
  CHECK(server.server->keeps_loop_alive());
  const std::string shown = family == 6 ? "[" + ip + "]" : ip;
  CHECK(server.server->describe() == "tcp server " + shown + ":" + std::to_string(port));

  client.on_connect_hook = [&](TcpSocket& s, const Error& err) {
    CHECK_FALSE(err);
    CHECK(s.connected());
    Endpoint remote = s.remote_endpoint();
    CHECK(remote.address == ip);
    CHECK(remote.port == port);
    CHECK(remote.family == family);
    s.close();
  };
  peer.on_end_hook = [](TcpSocket& s) { s.close(); };
  REQUIRE(client.create(loop)->connect(addr(ip, port).sa()) == 0);
  CHECK_FALSE(client.socket->connected());
  CHECK(loop.run() == false);

  CHECK(server.connection_cb == 1);
  CHECK_FALSE(server.connection_err);
  CHECK(server.accepted == 1);
  CHECK(server.close_cb == 1);
  CHECK(client.connect_cb == 1);
  CHECK(client.close_cb == 1);
  CHECK(peer.end_cb == 1);
  CHECK(peer.close_cb == 1);
  CHECK(peer.data_cb == 0);
  CHECK(peer.error_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

}  // namespace

TEST_CASE("TcpServer: listen on 127.0.0.1:0, accept one connection") { connect_and_accept("127.0.0.1", 4); }

TEST_CASE("TcpServer: listen on [::1]:0, accept one connection") { connect_and_accept("::1", 6); }

TEST_CASE("TcpServer: accept() hands the connection to the given listener") {
  RecordingServer server;
  RecordingListener client;
  RecordingListener accepted;
  Loop loop;
  Watchdog dog(loop);
  TcpSocket* got = nullptr;
  int port = server.listen(loop, "127.0.0.1");
  server.on_connection_hook = [&](TcpServer& s, const Error& err) {
    CHECK_FALSE(err);
    int rc = -1;
    got = s.accept(&accepted, &rc);
    CHECK(rc == 0);
    if (!got) return;
    accepted.socket = got;
    CHECK(got->listener() == &accepted);
    CHECK(got->connected());
    CHECK_FALSE(got->reading());  // accepting does not start reading
    Endpoint local = got->local_endpoint();
    CHECK(local.address == "127.0.0.1");
    CHECK(local.port == port);
    s.close();
  };
  REQUIRE(client.create(loop)->connect(addr("127.0.0.1", port).sa()) == 0);
  REQUIRE(run_until(loop, [&] { return client.connect_cb == 1 && server.close_cb == 1; }));
  REQUIRE(got != nullptr);
  CHECK(got->remote_endpoint().port == client.socket->local_endpoint().port);
  CHECK(client.socket->remote_endpoint().port == port);
  CHECK(server.connection_cb == 1);
  client.socket->close();
  got->close();
  CHECK(loop.run() == false);
  CHECK(client.close_cb == 1);
  CHECK(accepted.close_cb == 1);
  CHECK(accepted.data_cb == 0);
  CHECK(accepted.connect_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("TcpServer: a second server on the same port reports EADDRINUSE") {
  RecordingServer first;
  RecordingServer second;
  Loop loop;
  int port = first.listen(loop, "127.0.0.1");
  second.server = TcpServer::create(loop, &second);
  int rc = second.server->bind(addr("127.0.0.1", port).sa());
  if (rc == 0) rc = second.server->listen(16);  // libuv may defer the bind error to listen()
  CHECK(rc == UV_EADDRINUSE);
  CHECK_FALSE(second.server->listening());
  CHECK_FALSE(second.server->keeps_loop_alive());
  second.server->close();
  first.server->close();
  CHECK(loop.run() == false);
  CHECK(first.close_cb == 1);
  CHECK(second.close_cb == 1);
  CHECK(first.connection_cb == 0);
  CHECK(second.connection_cb == 0);
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("TcpServer: close() runs on_close once; twice is safe; not listening afterwards") {
  RecordingServer server;
  Loop loop;
  server.listen(loop, "127.0.0.1");
  TcpServer* s = server.server;
  s->close();
  CHECK(s->closing());
  CHECK_FALSE(s->listening());
  CHECK_FALSE(s->keeps_loop_alive());
  s->close();
  Addr any = addr("127.0.0.1", 0);
  CHECK(s->bind(any.sa()) == UV_EBADF);
  CHECK(s->listen(1) == UV_EBADF);
  int rc = 0;
  CHECK(s->accept(nullptr, &rc) == nullptr);
  CHECK(rc == UV_EBADF);
  CHECK(loop.run() == false);
  CHECK(server.close_cb == 1);
  CHECK(loop.close() == 0);
  CHECK(server.close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("TcpServer: a server that never listened closes cleanly") {
  RecordingServer server;
  Loop loop;
  server.server = TcpServer::create(loop, &server);
  CHECK(server.server->describe() == "tcp server (not bound)");
  CHECK(server.server->local_endpoint().address.empty());
  CHECK_FALSE(server.server->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(loop.close() == 0);
  CHECK(server.close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("TcpServer: an unref'd listening server does not keep the loop alive") {
  RecordingServer server;
  Loop loop;
  server.listen(loop, "127.0.0.1");
  server.server->unref();
  CHECK_FALSE(server.server->has_ref());
  CHECK(server.server->listening());
  CHECK_FALSE(server.server->keeps_loop_alive());
  CHECK(loop.run() == false);
  server.server->ref();
  CHECK(server.server->keeps_loop_alive());
  CHECK(loop.close() == 0);
  CHECK(server.close_cb == 1);
  CHECK(server.connection_cb == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("TcpServer: several connections, each accepted with its own listener") {
  RecordingServer server;
  constexpr int kClients = 5;
  RecordingListener clients[kClients];
  RecordingListener peers[kClients];
  int next_peer = 0;
  Loop loop;
  Watchdog dog(loop);
  int port = server.listen(loop, "127.0.0.1");
  server.on_connection_hook = [&](TcpServer& s, const Error& err) {
    CHECK_FALSE(err);
    if (next_peer >= kClients) {
      FAIL_CHECK("too many connections");
      return;
    }
    RecordingListener& p = peers[next_peer++];
    int rc = 0;
    p.socket = s.accept(&p, &rc);
    CHECK(rc == 0);
    if (!p.socket) return;
    CHECK(p.socket->read_start() == 0);
    if (next_peer == kClients) s.close();
  };
  for (RecordingListener& p : peers) p.on_end_hook = [](TcpSocket& s) { s.close(); };
  for (int i = 0; i < kClients; ++i) {
    clients[i].on_connect_hook = [](TcpSocket& s, const Error& err) {
      CHECK_FALSE(err);
      CHECK(s.shutdown() == 0);
    };
    clients[i].on_shutdown_hook = [](TcpSocket& s, const Error&) { s.close(); };
    REQUIRE(clients[i].create(loop)->connect(addr("127.0.0.1", port).sa()) == 0);
  }
  CHECK(loop.run() == false);
  CHECK(server.connection_cb == kClients);
  CHECK(server.close_cb == 1);
  for (int i = 0; i < kClients; ++i) {
    CHECK(clients[i].connect_cb == 1);
    CHECK(clients[i].shutdown_cb == 1);
    CHECK(clients[i].close_cb == 1);
    CHECK(peers[i].end_cb == 1);
    CHECK(peers[i].close_cb == 1);
    CHECK(peers[i].data_cb == 0);
  }
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

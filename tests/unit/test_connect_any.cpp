// ConnectAny over loopback: a listening port connects, a closed one is refused, a name that does not
// resolve fails in the lookup, the source address binds and filters, expire() during the lookup and
// during a connect, close() silences it, a socket the listener leaves is closed, and with
// kFirstOfEachFamily a dual-stack server answers on each family of "localhost".
#include "core/connect_any.h"

#include "helpers.h"

#include <uv.h>

using namespace netjs::test;

namespace {

// Counts every ConnectAnyListener event and takes each connected socket with `conn` (or leaves it,
// or closes it, as the test asks).
struct RecordingConnect : ConnectAnyListener {
  int connected_cb = 0;
  int done_cb = 0;
  int connecting_cb = 0;
  int failed_cb = 0;
  Error done_err;
  bool timed_out = false;
  double dns_ms = -2;
  std::vector<ConnectTry> tried;            // the record, copied in on_done
  std::vector<Endpoint> connecting;         // on_connecting's addresses
  std::vector<RecordingListener> conns{2};  // the sockets taken, one per family at most
  bool take = true;
  bool close_taken = false;
  ConnectAny* self = nullptr;

  void on_connected(ConnectAny& c, TcpSocket& socket, const ConnectTry& t) override {
    CHECK(&c == self);
    CHECK(socket.connected());
    CHECK(t.connect_ms >= 0);
    CHECK_FALSE(t.error);
    CHECK(socket.remote_endpoint().address == t.address.address);
    CHECK(socket.remote_endpoint().port == t.address.port);
    if (take && connected_cb < static_cast<int>(conns.size())) {
      RecordingListener& l = conns[connected_cb];
      socket.set_listener(&l);
      l.socket = &socket;
      if (close_taken) socket.close();
    }
    ++connected_cb;
  }
  void on_done(ConnectAny& c, const Error& err) override {
    CHECK((self == nullptr || &c == self));  // nullptr: called within start()
    ++done_cb;
    done_err = err;
    timed_out = c.timed_out();
    dns_ms = c.dns_ms();
    tried = c.tried();
    self = nullptr;
  }
  void on_connecting(ConnectAny&, const Endpoint& address) override {
    ++connecting_cb;
    connecting.push_back(address);
  }
  void on_connect_failed(ConnectAny&, const Error&) override { ++failed_cb; }

  ConnectAny* start(Loop& loop, ConnectAnyOptions o) {
    self = ConnectAny::start(loop, std::move(o), this);
    return self;
  }
};

ConnectAnyOptions to(const std::string& host, int port) {
  ConnectAnyOptions o;
  o.host = host;
  o.port = port;
  return o;
}

// Closes what the test took (and the server's end, if any) and runs the loop dry.
void drain(Loop& loop, RecordingConnect& c, RecordingListener* peer = nullptr) {
  for (RecordingListener& l : c.conns) {
    if (l.socket) l.socket->close();
  }
  if (peer && peer->socket) peer->socket->close();
  CHECK(loop.run() == false);
}

// The frame of every test: a recording listener, a server whose accepted connections close at once
// (started only by the tests that need it), a loop and its watchdog, declared in the order they must
// be destroyed; close_loop() is the common end: the loop closes with nothing left.
struct ConnectAnyTest {
  RecordingServer server;
  RecordingListener peer;
  RecordingConnect c;
  Loop loop;
  Watchdog dog{loop, 30000};  // the resolver may ask a DNS server

  int listen_closing(const char* host = "127.0.0.1") {
    server.conn = &peer;
    server.close_after_accept = true;
    return server.listen(loop, host);
  }
  void close_loop() {
    dog.disarm();
    CHECK(loop.close() == 0);
    CHECK(loop.resource_count() == 0);
  }
};

}  // namespace

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a numeric host with a listening port connects, no lookup") {
  const int port = listen_closing();
  REQUIRE(c.start(loop, to("127.0.0.1", port)) != nullptr);
  CHECK(c.self->describe() == "connect to 127.0.0.1 port " + std::to_string(port));
  CHECK_FALSE(c.self->keeps_loop_alive());
  REQUIRE(run_until(loop, [&] { return c.done_cb == 1 && server.close_cb == 1; }));
  CHECK(c.connected_cb == 1);
  CHECK(c.connecting_cb == 1);
  CHECK(c.failed_cb == 0);
  CHECK_FALSE(c.done_err);
  CHECK_FALSE(c.timed_out);
  CHECK(c.dns_ms == -1);
  REQUIRE(c.tried.size() == 1);
  CHECK(c.tried[0].address.address == "127.0.0.1");
  CHECK(c.tried[0].address.port == port);
  CHECK(c.tried[0].address.family == 4);
  CHECK(c.tried[0].connect_ms >= 0);
  CHECK(c.conns[0].socket != nullptr);
  drain(loop, c, &peer);
  CHECK(c.conns[0].close_cb == 1);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a closed port is refused; the record has the error") {
  ClosedPort closed("127.0.0.1");
  REQUIRE(c.start(loop, to("127.0.0.1", closed.port())) != nullptr);
  CHECK(loop.run() == false);
  CHECK(c.done_cb == 1);
  CHECK(c.connected_cb == 0);
  CHECK(c.connecting_cb == 1);
  CHECK(c.failed_cb == 1);
  CHECK(c.done_err.code == UV_ECONNREFUSED);
  CHECK(c.done_err.message() == "connect ECONNREFUSED 127.0.0.1:" + std::to_string(closed.port()));
  REQUIRE(c.tried.size() == 1);
  CHECK(c.tried[0].error.code == UV_ECONNREFUSED);
  CHECK(c.tried[0].connect_ms == -1);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a name that does not resolve fails with the lookup's error, nothing tried") {
  REQUIRE(c.start(loop, to("nonexistent.invalid", 80)) != nullptr);
  CHECK(loop.run() == false);
  CHECK(c.done_cb == 1);
  CHECK(c.connecting_cb == 0);
  CHECK(c.done_err.syscall == "getaddrinfo");
  CHECK(c.done_err.address == "nonexistent.invalid");
  CHECK(std::string(c.done_err.name()).rfind("EAI_", 0) == 0);
  CHECK_FALSE(c.timed_out);
  CHECK(c.dns_ms >= 0);
  CHECK(c.tried.empty());
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: \"localhost\" resolves, then connects in turn") {
  const int port = listen_closing();
  ConnectAnyOptions o = to("localhost", port);
  o.family = 4;
  REQUIRE(c.start(loop, o) != nullptr);
  REQUIRE(run_until(loop, [&] { return c.done_cb == 1 && server.close_cb == 1; }));
  CHECK(c.connected_cb == 1);
  CHECK_FALSE(c.done_err);
  CHECK(c.dns_ms >= 0);
  REQUIRE_FALSE(c.tried.empty());
  CHECK(c.tried.back().address.address == "127.0.0.1");
  for (std::size_t i = 0; i + 1 < c.tried.size(); ++i) CHECK(c.tried[i].error);  // earlier ones failed
  drain(loop, c, &peer);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a source address binds the socket; one of another family leaves nothing to try") {
  RecordingConnect c, other;
  const int port = listen_closing();
  ConnectAnyOptions o = to("127.0.0.1", port);
  o.source_address = "127.0.0.1";
  REQUIRE(c.start(loop, o) != nullptr);
  REQUIRE(run_until(loop, [&] { return c.done_cb == 1 && server.close_cb == 1; }));
  CHECK(c.connected_cb == 1);
  REQUIRE(c.conns[0].socket != nullptr);
  CHECK(c.conns[0].socket->local_endpoint().address == "127.0.0.1");

  // An IPv6 source for an IPv4 host: EAFNOSUPPORT, at once.
  o.source_address = "::1";
  CHECK(other.start(loop, o) == nullptr);
  CHECK(other.done_cb == 1);
  CHECK(other.connecting_cb == 0);
  CHECK(other.done_err.code == UV_EAFNOSUPPORT);
  CHECK(other.done_err.message() == "connect EAFNOSUPPORT 127.0.0.1:" + std::to_string(port));
  CHECK(other.tried.empty());

  drain(loop, c, &peer);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a source address that cannot be bound fails the address with bind's error") {
  ConnectAnyOptions o = to("127.0.0.1", 9);
  o.source_address = "192.0.2.1";  // TEST-NET-1: not an address of this host
  CHECK(c.start(loop, o) == nullptr);
  CHECK(c.done_cb == 1);
  CHECK(c.connecting_cb == 0);
  CHECK(c.done_err.syscall == "bind");
  CHECK(c.done_err.address == "192.0.2.1");
  REQUIRE(c.tried.size() == 1);
  CHECK(c.tried[0].error.syscall == "bind");
  CHECK(loop.run() == false);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: expire() during the lookup fails with getaddrinfo ETIMEDOUT at once") {
  REQUIRE(c.start(loop, to("localhost", 80)) != nullptr);
  c.self->expire();  // the thread pool's answer can only arrive through the loop, not run yet
  CHECK(c.done_cb == 1);
  CHECK(c.timed_out);
  CHECK(c.done_err.code == UV_ETIMEDOUT);
  CHECK(c.done_err.message() == "getaddrinfo ETIMEDOUT localhost");
  CHECK(c.dns_ms == -1);
  CHECK(c.tried.empty());
  CHECK(loop.run() == false);  // the cancelled lookup's callback comes and changes nothing
  CHECK(c.done_cb == 1);
  CHECK(c.connecting_cb == 0);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: expire() during a connect fails it with connect ETIMEDOUT") {
  const int port = server.listen(loop, "127.0.0.1");
  REQUIRE(c.start(loop, to("127.0.0.1", port)) != nullptr);
  c.self->expire();  // the connect's answer comes through the loop, not run yet
  CHECK(c.done_cb == 1);
  CHECK(c.connected_cb == 0);
  CHECK(c.timed_out);
  CHECK(c.done_err.message() == "connect ETIMEDOUT 127.0.0.1:" + std::to_string(port));
  REQUIRE(c.tried.size() == 1);
  CHECK(c.tried[0].error.code == UV_ETIMEDOUT);
  server.server->close();  // the accepted-then-closed connection is the server's business
  CHECK(loop.run() == false);
  CHECK(c.connected_cb == 0);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: a deadline not reached changes nothing and does not hold the loop") {
  const int port = listen_closing();
  ConnectAnyOptions o = to("127.0.0.1", port);
  o.timeout_ms = static_cast<double>(scaled_ms(60000));
  REQUIRE(c.start(loop, o) != nullptr);
  REQUIRE(run_until(loop, [&] { return c.done_cb == 1 && server.close_cb == 1; }));
  CHECK(c.connected_cb == 1);
  CHECK_FALSE(c.timed_out);
  drain(loop, c, &peer);  // returns at once: the 60 s timer is closed
  CHECK_FALSE(dog.fired());
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: close() while connecting is silent; a socket the listener leaves is closed") {
  RecordingConnect quiet, leaver;
  server.on_connection_hook = [](TcpServer&, const Error&) {};  // left in the backlog
  const int port = server.listen(loop, "127.0.0.1");
  REQUIRE(quiet.start(loop, to("127.0.0.1", port)) != nullptr);
  quiet.self->close();
  quiet.self->close();  // twice is safe
  leaver.take = false;
  REQUIRE(leaver.start(loop, to("127.0.0.1", port)) != nullptr);
  REQUIRE(run_until(loop, [&] { return leaver.done_cb == 1; }));
  CHECK(leaver.connected_cb == 1);
  CHECK_FALSE(leaver.done_err);
  server.server->close();
  CHECK(loop.run() == false);
  CHECK(quiet.done_cb == 0);
  CHECK(quiet.connected_cb == 0);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: kFirstOfEachFamily connects to one address of each family at once") {
  server.on_connection_hook = [](TcpServer&, const Error&) {};  // left in the backlog
  const int port = server.listen(loop, "::");                   // dual-stack: IPv4 and IPv6
  ConnectAnyOptions o = to("localhost", port);
  o.policy = ConnectAnyOptions::kFirstOfEachFamily;
  c.close_taken = true;
  REQUIRE(c.start(loop, o) != nullptr);
  REQUIRE(run_until(loop, [&] { return c.done_cb == 1; }));
  CHECK_FALSE(c.done_err);
  REQUIRE_FALSE(c.tried.empty());
  CHECK(c.tried.size() <= 2);
  CHECK(c.connected_cb == static_cast<int>(c.tried.size()));
  CHECK(c.connecting_cb == static_cast<int>(c.tried.size()));
  if (c.tried.size() == 2) CHECK(c.tried[0].address.family != c.tried[1].address.family);
  for (const ConnectTry& t : c.tried) CHECK(t.connect_ms >= 0);
  server.server->close();
  CHECK(loop.run() == false);
  close_loop();
}

TEST_CASE_FIXTURE(ConnectAnyTest, "ConnectAny: kFirstOfEachFamily with none open: the first address's error speaks") {
  ClosedPort closed("127.0.0.1");
  ConnectAnyOptions o = to("127.0.0.1", closed.port());
  o.policy = ConnectAnyOptions::kFirstOfEachFamily;
  REQUIRE(c.start(loop, o) != nullptr);
  CHECK(loop.run() == false);
  CHECK(c.done_cb == 1);
  CHECK(c.done_err.code == UV_ECONNREFUSED);
  REQUIRE(c.tried.size() == 1);
  CHECK(c.tried[0].error.code == UV_ECONNREFUSED);
  close_loop();
}

// start_probe over loopback, with the servers on the probe's own loop: a listening port is open, a
// closed one refused, a name that does not resolve is dns; --send/--expect against echo and banner
// servers (match, a banner that ends without the text, one that never comes); the deadline during the
// lookup and during the connect; the tries of each family, and what ProbeResult records of each.
#include "commands/probe_attempt.h"
#include "core/error_class.h"

#include "helpers.h"

#include <uv.h>

#include <set>

using namespace netjs::test;
using namespace netjs::commands;

namespace {

// A server on the test's loop that accepts every connection, optionally sends a banner (then FIN),
// echoes or keeps what it reads, and closes a connection when the client ends it.
struct PeerServer : ServerListener, SocketListener {
  std::string banner;
  bool end_after_banner = false;
  bool echo = false;
  int accepted = 0;
  int closed = 0;
  std::string received;
  TcpServer* server = nullptr;
  std::set<Stream*> open;

  int listen(Loop& loop, const std::string& ip) {
    server = TcpServer::create(loop, this);
    Addr a = addr(ip, 0);
    REQUIRE(server->bind(a.sa()) == 0);
    REQUIRE(server->listen(16) == 0);
    return server->local_endpoint().port;
  }
  // Stops listening and closes the connections still open.
  void close_all() {
    if (server) server->close();
    for (Stream* s : std::set<Stream*>(open)) s->close();
  }

  void on_connection(TcpServer& s, const Error& err) override {
    CHECK_FALSE(err);
    int rc = 0;
    TcpSocket* socket = s.accept(this, &rc);
    CHECK(rc == 0);
    if (!socket) return;
    ++accepted;
    open.insert(socket);
    CHECK(socket->read_start() == 0);
    if (!banner.empty()) CHECK(socket->write(make_chunk(banner)) >= 0);
    if (end_after_banner) CHECK(socket->shutdown() == 0);
  }
  void on_close(TcpServer&) override { server = nullptr; }

  void on_connect(TcpSocket&, const Error&) override {}
  void on_data(Stream& s, const char* data, std::size_t len) override {
    received.append(data, len);
    if (echo) CHECK(s.write(make_chunk(std::string(data, len))) >= 0);
  }
  void on_end(Stream& s) override { s.close(); }
  void on_error(Stream& s, const Error&) override { s.close(); }
  void on_write_done(Stream&, const Error&) override {}
  void on_shutdown(TcpSocket&, const Error&) override {}
  void on_timeout(TcpSocket&) override {}
  void on_close(Stream& s) override {
    ++closed;
    open.erase(&s);
  }
};

// One probe: counts `done` and keeps its result, and the loop's time at the start and at `done` (the
// attempt's deadline is a timer on that clock).
struct ProbeRun {
  int done_cb = 0;
  ProbeResult result;
  uint64_t started_at = 0;
  uint64_t done_at = 0;
  void start(Loop& loop, const ProbeSpec& spec) {
    started_at = loop.now();
    start_probe(loop, spec, [this, &loop](const ProbeResult& r) {
      ++done_cb;
      done_at = loop.now();
      result = r;
    });
  }
};

ProbeSpec spec_for(const std::string& host, int port, double timeout_ms = static_cast<double>(scaled_ms(5000))) {
  ProbeSpec s;
  s.host = host;
  s.port = port;
  s.timeout_ms = timeout_ms;
  return s;
}

// The probe has reported and every connection it made is closed at both ends: then the server goes,
// the loop must run dry (the attempt freed its timer and itself) and close cleanly.
void finish(Loop& loop, Watchdog& dog, ProbeRun& probe, PeerServer* server = nullptr) {
  if (server) {
    REQUIRE(run_until(loop, [&] { return probe.done_cb == 1 && server->closed == server->accepted; }));
    server->close_all();
  }
  CHECK(loop.run() == false);
  CHECK(probe.done_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

}  // namespace

TEST_CASE("start_probe: a listening port is open; the numeric address needs no lookup") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "127.0.0.1");
  probe.start(loop, spec_for("127.0.0.1", port));
  CHECK(probe.done_cb == 0);  // the answer comes through the loop
  finish(loop, dog, probe, &server);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "open");
  CHECK_FALSE(r.error);
  CHECK(r.address.address == "127.0.0.1");
  CHECK(r.address.port == port);
  CHECK(r.address.family == 4);
  CHECK(r.dns_ms == -1);
  CHECK(r.connect_ms >= 0);
  CHECK(r.elapsed_ms >= r.connect_ms);
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].result == "open");
  CHECK(r.tried[0].address.address == "127.0.0.1");
  CHECK(r.tried[0].connect_ms == r.connect_ms);
  CHECK(server.accepted == 1);
  CHECK(server.received.empty());  // nothing to send: connecting is enough
}

TEST_CASE("start_probe: an IPv6 loopback port is open, family 6") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "::1");
  probe.start(loop, spec_for("::1", port));
  finish(loop, dog, probe, &server);
  CHECK(probe.result.result == "open");
  CHECK(probe.result.address.address == "::1");
  CHECK(probe.result.address.family == 6);
  REQUIRE(probe.result.tried.size() == 1);
}

TEST_CASE("start_probe: a closed port is refused, with connect's error and no connect time") {
  ClosedPort closed("127.0.0.1");
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  probe.start(loop, spec_for("127.0.0.1", closed.port()));
  finish(loop, dog, probe);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "refused");
  CHECK(r.error.code == UV_ECONNREFUSED);
  CHECK(r.error.message() == "connect ECONNREFUSED 127.0.0.1:" + std::to_string(closed.port()));
  CHECK(r.address.address == "127.0.0.1");
  CHECK(r.address.port == closed.port());
  CHECK(r.connect_ms == -1);
  CHECK(r.dns_ms == -1);
  CHECK(r.elapsed_ms >= 0);
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].result == "refused");
  CHECK(r.tried[0].connect_ms == -1);
  CHECK(r.tried[0].error.code == UV_ECONNREFUSED);
}

TEST_CASE("start_probe: a name that does not resolve is dns; nothing tried, no address") {
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop, 30000);  // the resolver may ask a DNS server
  probe.start(loop, spec_for("nonexistent.invalid", 80, static_cast<double>(scaled_ms(25000))));
  finish(loop, dog, probe);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "dns");
  CHECK(r.error.syscall == "getaddrinfo");
  CHECK(r.error.address == "nonexistent.invalid");
  CHECK(classify(r.error) == ErrorClass::kDns);
  CHECK(r.dns_ms >= 0);
  CHECK(r.connect_ms == -1);
  CHECK(r.address.address.empty());
  CHECK(r.tried.empty());
}

TEST_CASE("start_probe: \"localhost\" with -4 is looked up, then only IPv4 is tried") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("localhost", port);
  spec.family = 4;
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "open");
  CHECK(r.dns_ms >= 0);
  CHECK(r.elapsed_ms >= r.dns_ms);
  CHECK(r.address.address == "127.0.0.1");
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].address.family == 4);
}

TEST_CASE("start_probe: \"localhost\" on a dual-stack port: one try per family, each open") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "::");  // IPv6 and IPv4
  probe.start(loop, spec_for("localhost", port));
  finish(loop, dog, probe, &server);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "open");
  REQUIRE_FALSE(r.tried.empty());
  CHECK(r.tried.size() <= 2);  // as many as "localhost" has families here
  if (r.tried.size() == 2) CHECK(r.tried[0].address.family != r.tried[1].address.family);
  for (const ProbeTry& t : r.tried) {
    CHECK(t.result == "open");
    CHECK(t.connect_ms >= 0);
    CHECK(t.address.port == port);
  }
  // The first address in resolver order decides.
  CHECK(r.address.address == r.tried[0].address.address);
  CHECK(r.connect_ms == r.tried[0].connect_ms);
  CHECK(server.accepted == static_cast<int>(r.tried.size()));
}

TEST_CASE("start_probe: --send to an echo server with --expect of the reply is open") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  server.echo = true;
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("127.0.0.1", port);
  spec.send = "PING 42\r\n";
  spec.expect = "PING 42";
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  CHECK(probe.result.result == "open");
  CHECK_FALSE(probe.result.error);
  CHECK(probe.result.connect_ms >= 0);
  REQUIRE(probe.result.tried.size() == 1);
  CHECK(probe.result.tried[0].result == "open");
  CHECK(server.received == "PING 42\r\n");
}

TEST_CASE("start_probe: --send alone is open once written") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("127.0.0.1", port);
  spec.send = "QUIT\r\n";
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  CHECK(probe.result.result == "open");
  CHECK(server.received == "QUIT\r\n");
}

TEST_CASE("start_probe: --expect finds a banner after many reads") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  server.banner = std::string(300 * 1024, 'x') + "SSH-2.0-netjs\r\n";  // several 64 KiB reads
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("127.0.0.1", port);
  spec.expect = "SSH-2.0";
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  CHECK(probe.result.result == "open");
  CHECK_FALSE(probe.result.error);
}

TEST_CASE("start_probe: a banner that ends without the text is mismatch") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  server.banner = "220 smtp ready\r\n";
  server.end_after_banner = true;
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("127.0.0.1", port);
  spec.expect = "SSH-";
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "mismatch");
  CHECK(r.connect_ms >= 0);  // it did connect
  CHECK(r.address.address == "127.0.0.1");
  CHECK(r.error.syscall == "read");
  CHECK(r.error.code == 0);  // the peer's FIN: no OS error
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].result == "mismatch");
}

TEST_CASE("start_probe: a banner that never comes is mismatch with read ETIMEDOUT at the deadline") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "127.0.0.1");
  ProbeSpec spec = spec_for("127.0.0.1", port, 100);
  spec.send = "HELLO\r\n";
  spec.expect = "WELCOME";
  probe.start(loop, spec);
  finish(loop, dog, probe, &server);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "mismatch");
  CHECK(r.error.code == UV_ETIMEDOUT);
  CHECK(r.error.message() == "read ETIMEDOUT 127.0.0.1:" + std::to_string(port));
  // Not before the deadline, on the loop's clock. (elapsed_ms, on a clock read when the attempt is
  // made, can come out a little under it: the timer counts from the loop's cached time, earlier.)
  CHECK(probe.done_at - probe.started_at >= 100);
  CHECK(r.elapsed_ms > 0);
  CHECK(r.connect_ms >= 0);
  CHECK(server.received == "HELLO\r\n");
}

TEST_CASE("start_probe: the deadline during the lookup is a timeout with getaddrinfo's error") {
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  // A 0 ms deadline: its timer runs in the loop's first pass, before the lookup's answer can arrive.
  probe.start(loop, spec_for("localhost", 80, 0));
  finish(loop, dog, probe);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "timeout");
  CHECK(r.error.code == UV_ETIMEDOUT);
  CHECK(r.error.syscall == "getaddrinfo");
  CHECK(r.tried.empty());
}

TEST_CASE("start_probe: the deadline during the connect is a timeout with connect's error") {
  PeerServer server;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = server.listen(loop, "127.0.0.1");
  // As above: the timer runs before the connect's answer is read from the loop.
  probe.start(loop, spec_for("127.0.0.1", port, 0));
  REQUIRE(run_until(loop, [&] { return probe.done_cb == 1; }));
  server.close_all();  // the kernel may have completed the connection: the server's business
  finish(loop, dog, probe);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "timeout");
  CHECK(r.error.message() == "connect ETIMEDOUT 127.0.0.1:" + std::to_string(port));
  CHECK(r.connect_ms == -1);
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].result == "timeout");
}

// start_probe with spec.udp over loopback, with the UDP peer on the probe's own loop: a reply is open
// (its time is connect_ms), a reply without the --expect text is mismatch, a closed port is refused
// (the ICMP port unreachable on the connected socket), a silent peer is no-answer at the deadline;
// the attempt frees itself and the loop closes cleanly.
#include "commands/probe_attempt.h"
#include "core/udp_socket.h"

#include "helpers.h"

#include <uv.h>

using namespace netjs::test;
using namespace netjs::commands;
using netjs::core::ConstBuffer;
using netjs::core::UdpListener;
using netjs::core::UdpSocket;

namespace {

// A UDP peer on the test's loop: answers each datagram with `reply` (the datagram itself when empty),
// or stays silent.
struct UdpPeer : UdpListener {
  bool silent = false;
  std::string reply;
  int received = 0;
  std::string last;
  UdpSocket* socket = nullptr;

  int bind(Loop& loop, const std::string& ip) {
    socket = UdpSocket::create(loop, this);
    Addr a = addr(ip, 0);
    REQUIRE(socket->bind(a.sa(), 0) == 0);
    REQUIRE(socket->receive_start() == 0);
    return socket->local_endpoint().port;
  }
  void close() {
    if (socket) socket->close();
  }
  void on_message(UdpSocket& s, const char* data, std::size_t len, const Endpoint& from) override {
    ++received;
    last.assign(data, len);
    if (silent) return;
    const std::string out = reply.empty() ? last : reply;
    ConstBuffer piece{out.data(), out.size()};
    Addr to = addr(from.address, from.port);
    CHECK(s.send(&piece, 1, to.sa(), 0) >= 0);
  }
  void on_receive_error(UdpSocket&, const Error&) override {}
  void on_send_done(UdpSocket&, uint32_t, const Error&, std::size_t) override {}
  void on_close(UdpSocket&) override { socket = nullptr; }
};

struct ProbeRun {
  int done_cb = 0;
  ProbeResult result;
  void start(Loop& loop, const ProbeSpec& spec) {
    start_probe(loop, spec, [this](const ProbeResult& r) {
      ++done_cb;
      result = r;
    });
  }
};

ProbeSpec udp_spec(const std::string& host, int port, double timeout_ms, const std::string& send,
                   const std::string& expect = {}) {
  ProbeSpec s;
  s.host = host;
  s.port = port;
  s.timeout_ms = timeout_ms;
  s.send = send;
  s.expect = expect;
  s.udp = true;
  return s;
}

void finish(Loop& loop, Watchdog& dog, ProbeRun& probe, UdpPeer* peer) {
  REQUIRE(run_until(loop, [&] { return probe.done_cb == 1; }));
  if (peer) peer->close();
  CHECK(loop.run() == false);
  CHECK(probe.done_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

// A UDP port nothing is bound to: bound by the kernel's choice, then closed.
int closed_udp_port(Loop& loop) {
  UdpPeer holder;
  const int port = holder.bind(loop, "127.0.0.1");
  holder.close();
  CHECK(loop.run() == false);
  return port;
}

}  // namespace

TEST_CASE("start_probe udp: a reply is open; connect_ms is the round trip") {
  UdpPeer peer;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = peer.bind(loop, "127.0.0.1");
  probe.start(loop, udp_spec("127.0.0.1", port, static_cast<double>(scaled_ms(5000)), "ping"));
  CHECK(probe.done_cb == 0);
  finish(loop, dog, probe, &peer);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "open");
  CHECK_FALSE(r.error);
  CHECK(r.address.address == "127.0.0.1");
  CHECK(r.connect_ms >= 0);
  CHECK(r.dns_ms == -1);
  REQUIRE(r.tried.size() == 1);
  CHECK(r.tried[0].result == "open");
  CHECK(peer.received == 1);
  CHECK(peer.last == "ping");
}

TEST_CASE("start_probe udp: without --send an empty datagram goes; its empty reply is open") {
  UdpPeer peer;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = peer.bind(loop, "127.0.0.1");
  probe.start(loop, udp_spec("127.0.0.1", port, static_cast<double>(scaled_ms(5000)), ""));
  finish(loop, dog, probe, &peer);
  CHECK(probe.result.result == "open");
  CHECK(peer.received == 1);
  CHECK(peer.last.empty());
}

TEST_CASE("start_probe udp: --expect: a matching reply is open, another is mismatch") {
  UdpPeer peer;
  ProbeRun match, miss;
  Loop loop;
  Watchdog dog(loop);
  peer.reply = "+PONG\r\n";
  const int port = peer.bind(loop, "127.0.0.1");
  match.start(loop, udp_spec("127.0.0.1", port, static_cast<double>(scaled_ms(5000)), "PING", "PONG"));
  miss.start(loop, udp_spec("127.0.0.1", port, static_cast<double>(scaled_ms(5000)), "PING", "HELLO"));
  REQUIRE(run_until(loop, [&] { return match.done_cb == 1 && miss.done_cb == 1; }));
  peer.close();
  CHECK(loop.run() == false);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(match.result.result == "open");
  CHECK(miss.result.result == "mismatch");
  CHECK(miss.result.connect_ms >= 0);  // a reply came: its time is known
}

TEST_CASE("start_probe udp: a closed port is refused (ICMP port unreachable)") {
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  const int port = closed_udp_port(loop);
  probe.start(loop, udp_spec("127.0.0.1", port, static_cast<double>(scaled_ms(5000)), "x"));
  finish(loop, dog, probe, nullptr);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "refused");
  CHECK(r.error.code == UV_ECONNREFUSED);
  CHECK(r.error.address == "127.0.0.1");
  CHECK(r.error.port == port);
  CHECK(r.connect_ms == -1);
}

TEST_CASE("start_probe udp: a silent peer is no-answer at the deadline, never open") {
  UdpPeer peer;
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  peer.silent = true;
  const int port = peer.bind(loop, "127.0.0.1");
  const uint64_t started = loop.now();
  probe.start(loop, udp_spec("127.0.0.1", port, 100, "x"));
  finish(loop, dog, probe, &peer);
  const ProbeResult& r = probe.result;
  CHECK(r.result == "no-answer");
  CHECK(r.error.code == UV_ETIMEDOUT);
  CHECK(r.connect_ms == -1);
  CHECK(loop.now() - started >= 100);
  CHECK(peer.received == 1);
}

TEST_CASE("start_probe udp: a name that does not resolve is dns") {
  ProbeRun probe;
  Loop loop;
  Watchdog dog(loop);
  probe.start(loop, udp_spec("nosuch.invalid", 9, static_cast<double>(scaled_ms(5000)), "x"));
  finish(loop, dog, probe, nullptr);
  CHECK(probe.result.result == "dns");
  CHECK(probe.result.dns_ms >= 0);
  CHECK(probe.result.tried.empty());
}

// Shared helpers of the lib/core unit tests: recording listeners that count every callback, a
// counting Chunk, a watchdog that bounds each scenario, and small address utilities.
//
// Time: a scenario never asserts how fast something happened, only that it did not happen too early
// (lower bounds) and in what order; the bounds that stop a broken scenario (Watchdog, run_until) are
// nominal native times multiplied by NETJS_TEST_TIME_FACTOR (1 natively, more under qemu or ASan).
//
// Conventions (after libuv's own test suite): each TEST_CASE is one scenario; every callback is
// counted; the loop runs until it drains; exact counts are asserted afterwards; and the loop must
// close cleanly (`loop.close() == 0`, `resource_count() == 0`). Listeners are declared BEFORE the
// Loop so that, if a REQUIRE aborts a test, the Loop's destructor (which closes what is left and
// calls on_close) still finds them alive.
#pragma once

#include "core/address.h"
#include "core/dns.h"
#include "core/error.h"
#include "core/loop.h"
#include "core/tcp_server.h"
#include "core/tcp_socket.h"
#include "core/timer.h"

#include <doctest/doctest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <uv.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace netjs::test {

using namespace netjs::core;

// --- addresses -----------------------------------------------------------------------------------------

struct Addr {
  sockaddr_storage ss{};
  const sockaddr* sa() const { return reinterpret_cast<const sockaddr*>(&ss); }
};

inline Addr addr(const std::string& ip, int port) {
  Addr a;
  REQUIRE(to_sockaddr(ip, port, &a.ss) == 0);
  return a;
}

// A port nothing listens on, kept bound (not listening) for the scenario's lifetime, so no other
// process can start listening there meanwhile: a connect to it is refused.
class ClosedPort {
 public:
  explicit ClosedPort(const std::string& ip) {
    Addr a = addr(ip, 0);
    fd_ = ::socket(a.ss.ss_family, SOCK_STREAM, 0);
    REQUIRE(fd_ >= 0);
    socklen_t len = a.ss.ss_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    REQUIRE(::bind(fd_, a.sa(), len) == 0);
    sockaddr_storage bound{};
    len = sizeof bound;
    REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&bound), &len) == 0);
    port_ = ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&bound)->sin6_port
                                              : reinterpret_cast<sockaddr_in*>(&bound)->sin_port);
  }
  ~ClosedPort() { ::close(fd_); }
  ClosedPort(const ClosedPort&) = delete;
  ClosedPort& operator=(const ClosedPort&) = delete;
  int port() const { return port_; }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// --- time bounds ---------------------------------------------------------------------------------------

// How much slower than native this run is: ctest sets NETJS_TEST_TIME_FACTOR (1 natively).
inline uint64_t time_factor() {
  static const uint64_t factor = [] {
    const char* text = std::getenv("NETJS_TEST_TIME_FACTOR");
    const double f = text ? std::atof(text) : 1.0;
    return f > 1.0 ? static_cast<uint64_t>(std::ceil(f)) : uint64_t{1};
  }();
  return factor;
}

// A bound of `ms` on a native machine, for this run.
inline uint64_t scaled_ms(uint64_t ms) { return ms * time_factor(); }

// --- watchdog ------------------------------------------------------------------------------------------

// Bounds a scenario in time without sleeping: an unref'd timer that, if it ever fires, fails the test,
// reports what keeps the loop alive, and stops the loop. The test then reaches its checks (which fail)
// and its loop.close(), which closes everything left. Being unref'd, it never keeps the loop alive and
// is not listed by describe_live(). `ms` is the native bound; it is scaled.
class Watchdog {
 public:
  explicit Watchdog(Loop& loop, uint64_t ms = 5000) : loop_(loop) {
    ms = scaled_ms(ms);
    timer_ = Timer::create(
        loop,
        [this](Timer&) {
          fired_ = true;
          std::string live;
          for (const auto& d : loop_.describe_live()) live += "\n  " + d;
          FAIL_CHECK("watchdog: scenario still running after the deadline; live resources:" << live);
          loop_.stop();
        },
        [this](Timer&) { timer_ = nullptr; });
    timer_->set_label("watchdog");
    REQUIRE(timer_->start(ms) == 0);
    timer_->unref();
  }
  ~Watchdog() { disarm(); }
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;

  void disarm() {
    if (timer_) timer_->close();
  }
  // A longer bound (`ms` native, scaled), counted from now, for a scenario that needs it.
  void extend(uint64_t ms) {
    if (timer_) CHECK(timer_->start(scaled_ms(ms)) == 0);
  }
  bool fired() const { return fired_; }

 private:
  Loop& loop_;
  Timer* timer_ = nullptr;
  bool fired_ = false;
};

// Runs the loop one iteration at a time until `done()` holds, the loop has nothing left to do, or
// `timeout_ms` (native, scaled) passed (a ref'd deadline timer keeps the poll from blocking forever).
// Returns done().
inline bool run_until(Loop& loop, const std::function<bool()>& done, uint64_t timeout_ms = 5000) {
  timeout_ms = scaled_ms(timeout_ms);
  bool expired = false;
  Timer* deadline = Timer::create(loop, [&expired](Timer&) { expired = true; });
  deadline->set_label("run_until deadline");
  REQUIRE(deadline->start(timeout_ms) == 0);
  while (!done() && !expired) uv_run(loop.raw(), UV_RUN_ONCE);
  deadline->close();
  const bool ok = done();
  if (!ok) FAIL_CHECK("run_until: condition not reached within " << timeout_ms << " ms");
  return ok;
}

// --- a Chunk that counts what the core does with it ---------------------------------------------------

struct ChunkCounters {
  int retained = 0;
  int destroyed = 0;
};

class CountingChunk final : public Chunk {
 public:
  CountingChunk(std::string bytes, ChunkCounters* counters) : bytes_(std::move(bytes)), counters_(counters) {}
  ~CountingChunk() override { ++counters_->destroyed; }
  const char* data() const override { return bytes_.data(); }
  std::size_t size() const override { return bytes_.size(); }
  void retain() override { ++counters_->retained; }

 private:
  std::string bytes_;
  ChunkCounters* counters_;
};

inline std::unique_ptr<Chunk> counting_chunk(std::string bytes, ChunkCounters* counters) {
  return std::make_unique<CountingChunk>(std::move(bytes), counters);
}

// Deterministic, non-repeating-looking payload of `n` bytes.
inline std::string pattern(std::size_t n, unsigned seed = 1) {
  std::string s(n, '\0');
  uint32_t x = seed * 2654435761u + 1;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 1103515245u + 12345u;
    s[i] = static_cast<char>(x >> 16);
  }
  return s;
}

// --- listeners -----------------------------------------------------------------------------------------

// Counts every SocketListener event, keeps the data and the last error of each kind, and lets a test
// react through optional hooks. `socket` is the socket it listens to, cleared on on_close.
struct RecordingListener : SocketListener {
  // It only ever listens to a TcpSocket.
  static TcpSocket& tcp(Stream& s) { return static_cast<TcpSocket&>(s); }

  int connect_cb = 0;
  int data_cb = 0;
  int end_cb = 0;
  int error_cb = 0;
  int write_done_cb = 0;
  int shutdown_cb = 0;
  int timeout_cb = 0;
  int close_cb = 0;

  Error connect_err;
  Error error_err;
  Error write_err;
  Error shutdown_err;
  std::vector<uint64_t> timeout_times;  // loop.now() at each on_timeout
  std::string data;
  std::string events;  // "connect data end ..." in the order the callbacks ran
  uint64_t final_bytes_read = 0;     // the socket's counters, taken in on_close
  uint64_t final_bytes_written = 0;
  TcpSocket* socket = nullptr;

  std::function<void(TcpSocket&, const Error&)> on_connect_hook;
  std::function<void(TcpSocket&, const char*, std::size_t)> on_data_hook;
  std::function<void(TcpSocket&)> on_end_hook;
  std::function<void(TcpSocket&, const Error&)> on_error_hook;
  std::function<void(TcpSocket&, const Error&)> on_write_done_hook;
  std::function<void(TcpSocket&, const Error&)> on_shutdown_hook;
  std::function<void(TcpSocket&)> on_timeout_hook;
  std::function<void(TcpSocket&)> on_close_hook;

  void on_connect(TcpSocket& s, const Error& err) override {
    ++connect_cb;
    events += "connect ";
    connect_err = err;
    if (on_connect_hook) on_connect_hook(s, err);
  }
  void on_data(Stream& s, const char* d, std::size_t len) override {
    ++data_cb;
    events += "data ";
    CHECK(len > 0);
    data.append(d, len);
    if (on_data_hook) on_data_hook(tcp(s), d, len);
  }
  void on_end(Stream& s) override {
    ++end_cb;
    events += "end ";
    if (on_end_hook) on_end_hook(tcp(s));
  }
  void on_error(Stream& s, const Error& err) override {
    ++error_cb;
    events += "error ";
    error_err = err;
    if (on_error_hook) on_error_hook(tcp(s), err);
  }
  void on_write_done(Stream& s, const Error& err) override {
    ++write_done_cb;
    events += "write_done ";
    write_err = err;
    if (on_write_done_hook) on_write_done_hook(tcp(s), err);
  }
  void on_shutdown(TcpSocket& s, const Error& err) override {
    ++shutdown_cb;
    events += "shutdown ";
    shutdown_err = err;
    if (on_shutdown_hook) on_shutdown_hook(s, err);
  }
  void on_timeout(TcpSocket& s) override {
    ++timeout_cb;
    events += "timeout ";
    timeout_times.push_back(s.loop().now());
    if (on_timeout_hook) on_timeout_hook(s);
  }
  void on_close(Stream& s) override {
    ++close_cb;
    events += "close ";
    final_bytes_read = s.bytes_read();
    final_bytes_written = s.bytes_written();
    CHECK(&s == socket);
    socket = nullptr;
    if (on_close_hook) on_close_hook(tcp(s));
  }

  // Creates a socket reporting here.
  TcpSocket* create(Loop& loop) {
    socket = TcpSocket::create(loop, this);
    return socket;
  }
};

// Counts ServerListener events. By default accepts each connection with `conn` (and starts reading
// when `read_on_accept`); a hook replaces that.
struct RecordingServer : ServerListener {
  int connection_cb = 0;
  int accepted = 0;
  int close_cb = 0;
  Error connection_err;
  TcpServer* server = nullptr;
  RecordingListener* conn = nullptr;
  bool read_on_accept = true;
  bool close_after_accept = false;  // one connection, then stop listening
  std::function<void(TcpServer&, const Error&)> on_connection_hook;

  void on_connection(TcpServer& s, const Error& err) override {
    ++connection_cb;
    connection_err = err;
    if (on_connection_hook) {
      on_connection_hook(s, err);
      return;
    }
    // No REQUIRE in callbacks: an exception must not unwind through libuv's C frames.
    if (!conn || conn->socket) {
      FAIL_CHECK("unexpected connection");
      return;
    }
    int rc = 0;
    TcpSocket* socket = s.accept(conn, &rc);
    CHECK(rc == 0);
    if (!socket) return;
    ++accepted;
    conn->socket = socket;
    if (read_on_accept) CHECK(socket->read_start() == 0);
    if (close_after_accept) s.close();
  }
  void on_close(TcpServer& s) override {
    ++close_cb;
    CHECK(&s == server);
    server = nullptr;
  }

  // Creates a server listening on ip:0 and returns its port.
  int listen(Loop& loop, const std::string& ip, int backlog = 16) {
    server = TcpServer::create(loop, this);
    Addr a = addr(ip, 0);
    REQUIRE(server->bind(a.sa()) == 0);
    REQUIRE(server->listen(backlog) == 0);
    int port = server->local_endpoint().port;
    REQUIRE(port > 0);
    return port;
  }
};

// A client connected to a fresh one-connection server: the common starting point of the socket
// tests. After setup(), `client.socket` and `peer.socket` are connected, the peer reads, and the
// server is closed (its on_close already ran).
struct Pair {
  RecordingServer server;
  RecordingListener client;
  RecordingListener peer;  // the server's end of the connection
  int port = 0;

  void setup(Loop& loop, const std::string& ip = "127.0.0.1") {
    server.conn = &peer;
    server.close_after_accept = true;
    port = server.listen(loop, ip);
    Addr a = addr(ip, port);
    REQUIRE(client.create(loop)->connect(a.sa()) == 0);
    REQUIRE(run_until(loop, [&] { return client.connect_cb == 1 && peer.socket && server.close_cb == 1; }));
    REQUIRE(!client.connect_err);
    REQUIRE(client.socket->connected());
    REQUIRE(peer.socket->connected());
  }
};

}  // namespace netjs::test

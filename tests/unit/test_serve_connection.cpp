// ServeConnection, one client of `netjs serve` in a built-in mode, with a fake ServeHost on the test's
// loop and a loopback client: echo echoes, discard counts, chargen sends RFC 864's pattern, the idle
// timeout closes, stop() closes, connection_closed comes once with the byte counts; sink writes to a
// pipe, stops reading while the pipe is backed up and resumes when it drains, and a pipe without a
// reader calls sink_failed (EPIPE) and queues nothing; with --json, the events on stdout.
#include "commands/serve_connection.h"
#include "core/fd_stream.h"

#include "commands_helpers.h"

#include <fcntl.h>
#include <uv.h>

using namespace netjs::test;
using namespace netjs::commands;

namespace {

constexpr uint64_t kId = 7;

// The server side: accepts one connection into a ServeConnection and records what it asks of its host.
// As NativeServer, it deletes the connection in connection_closed and stops it when the sink fails.
struct FakeHost : ServeHost, ServerListener, StreamListener {
  explicit FakeHost(ServeMode m, bool json = false) : output("serve", json, true), mode(m) {}

  Output output;
  ServeMode mode;
  uint64_t idle_ms = 0;
  FdStream* sink_stream = nullptr;
  std::unique_ptr<ServeConnection> conn;
  TcpServer* server = nullptr;
  TcpSocket* socket = nullptr;  // the connection's socket while it is open
  std::string peer;
  int closed_cb = 0;
  int sink_failed_cb = 0;
  int fd_error_cb = 0;
  int fd_drain_cb = 0;
  Error sink_err;
  uint64_t bytes_in = 0;
  uint64_t bytes_out = 0;

  int listen(Loop& loop) {
    server = TcpServer::create(loop, this);
    Addr a = addr("127.0.0.1", 0);
    REQUIRE(server->bind(a.sa()) == 0);
    REQUIRE(server->listen(4) == 0);
    return server->local_endpoint().port;
  }

  // ServeHost
  const Output& out() const override { return output; }
  FdStream* sink() override { return sink_stream; }
  void sink_failed(const Error& err) override {
    ++sink_failed_cb;
    sink_err = err;
    if (conn) conn->stop();
  }
  void connection_closed(ServeConnection& c) override {
    ++closed_cb;
    CHECK(&c == conn.get());
    CHECK(c.id() == kId);
    bytes_in = c.bytes_in();
    bytes_out = c.bytes_out();
    socket = nullptr;
    conn.reset();
  }

  // ServerListener: one connection, then stop listening.
  void on_connection(TcpServer& s, const Error& err) override {
    CHECK_FALSE(err);
    int rc = 0;
    socket = s.accept(nullptr, &rc);
    CHECK(rc == 0);
    if (!socket) return;
    conn = std::make_unique<ServeConnection>(*this, mode, kId, socket);
    peer = conn->peer();
    conn->start(idle_ms, false);
    s.close();
  }
  void on_close(TcpServer&) override { server = nullptr; }

  // StreamListener (the sink): a queued write done with nothing left queued is the drain.
  void on_data(Stream&, const char*, std::size_t) override {}
  void on_end(Stream&) override {}
  void on_error(Stream&, const Error&) override { ++fd_error_cb; }
  void on_write_done(Stream& s, const Error& err) override {
    if (err) {
      ++fd_error_cb;
      return;
    }
    if (s.queued_bytes() > 0) return;
    ++fd_drain_cb;
    if (conn) conn->resume_after_sink();
  }
  void on_close(Stream&) override { sink_stream = nullptr; }
};

// Reads a pipe on the loop (the sink's reader).
struct PipeReader : StreamListener {
  std::string data;
  FdStream* stream = nullptr;
  void on_data(Stream&, const char* d, std::size_t len) override { data.append(d, len); }
  void on_end(Stream&) override {}
  void on_error(Stream&, const Error& err) override { FAIL_CHECK("pipe reader: " << err.message()); }
  void on_write_done(Stream&, const Error&) override {}
  void on_close(Stream&) override { stream = nullptr; }
};

// The client: connects, then sends `payload` (if any) and, with `finish`, its FIN; reads everything
// and closes when the server ends. With `shutdown_on_data`, it sends its FIN on the first data instead.
struct Client {
  RecordingListener l;
  std::string payload;
  bool finish = true;
  bool shutdown_on_data = false;
  bool shut = false;

  void connect(Loop& loop, int port) {
    l.on_connect_hook = [this](TcpSocket& s, const Error& err) {
      if (err) return;
      CHECK(s.read_start() == 0);
      if (!payload.empty()) CHECK(s.write(make_chunk(payload)) >= 0);
      if (finish) CHECK(s.shutdown() == 0);
    };
    l.on_data_hook = [this](TcpSocket& s, const char*, std::size_t) {
      if (shutdown_on_data && !shut) {
        shut = true;
        CHECK(s.shutdown() == 0);
      }
    };
    l.on_end_hook = [](TcpSocket& s) { s.close(); };
    l.on_error_hook = [](TcpSocket& s, const Error&) { s.close(); };
    Addr a = addr("127.0.0.1", port);
    REQUIRE(l.create(loop)->connect(a.sa()) == 0);
  }
};

// Runs until both ends have closed, then the loop must run dry and close cleanly.
void run_to_close(Loop& loop, Watchdog& dog, FakeHost& host, Client& client) {
  REQUIRE(run_until(loop, [&] { return host.closed_cb == 1 && client.l.close_cb == 1; }));
  CHECK(loop.run() == false);
  CHECK(host.closed_cb == 1);
  CHECK(host.conn == nullptr);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

int make_pipe(int fds[2]) { return ::pipe2(fds, O_CLOEXEC); }

}  // namespace

TEST_CASE("ServeConnection: echo sends back every byte, then FIN after the client's; counts both ways") {
  FakeHost host(ServeMode::kEcho);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  client.payload = pattern(1024 * 1024 + 17);  // past the 256 KiB high-water mark
  client.connect(loop, host.listen(loop));
  run_to_close(loop, dog, host, client);
  CHECK(client.l.connect_cb == 1);
  CHECK(client.l.end_cb == 1);
  CHECK(client.l.error_cb == 0);
  CHECK(client.l.data.size() == client.payload.size());
  CHECK(client.l.data == client.payload);
  CHECK(host.bytes_in == client.payload.size());
  CHECK(host.bytes_out == client.payload.size());
  CHECK(client.l.final_bytes_read == client.payload.size());
}

TEST_CASE("ServeConnection: the peer is the client's address and port") {
  FakeHost host(ServeMode::kDiscard);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  int client_port = 0;
  client.connect(loop, host.listen(loop));
  client.l.on_connect_hook = [&, hook = client.l.on_connect_hook](TcpSocket& s, const Error& err) {
    client_port = s.local_endpoint().port;
    hook(s, err);
  };
  run_to_close(loop, dog, host, client);
  REQUIRE(client_port > 0);
  CHECK(host.peer == "127.0.0.1:" + std::to_string(client_port));
}

TEST_CASE("ServeConnection: discard reads and counts, sends nothing") {
  FakeHost host(ServeMode::kDiscard);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  client.payload = pattern(300000, 2);
  client.connect(loop, host.listen(loop));
  run_to_close(loop, dog, host, client);
  CHECK(client.l.end_cb == 1);
  CHECK(client.l.data_cb == 0);
  CHECK(host.bytes_in == 300000);
  CHECK(host.bytes_out == 0);
}

TEST_CASE("ServeConnection: chargen sends RFC 864's lines until the client's FIN, then FIN after them") {
  FakeHost host(ServeMode::kChargen);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  client.finish = false;
  client.shutdown_on_data = true;
  client.connect(loop, host.listen(loop));
  run_to_close(loop, dog, host, client);
  const std::string& got = client.l.data;
  CHECK(client.l.end_cb == 1);
  CHECK(host.bytes_in == 0);
  CHECK(host.bytes_out == got.size());  // everything written arrived before the FIN
  constexpr std::size_t kPeriod = 95 * 74;
  REQUIRE(got.size() >= kPeriod);
  CHECK(got.size() % kPeriod == 0);  // whole periods only, so the pattern stays continuous
  CHECK(got.substr(0, 74) == " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefg\r\n");
  CHECK(got.substr(74, 74) == "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefgh\r\n");
  CHECK(got.substr(94 * 74, 74) ==
        "~ !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdef\r\n");
  for (std::size_t at = kPeriod; at + kPeriod <= got.size(); at += kPeriod) {
    if (got.compare(at, kPeriod, got, 0, kPeriod) != 0) {
      FAIL_CHECK("period at " << at << " differs from the first");
      break;
    }
  }
}

TEST_CASE("ServeConnection: the idle timeout closes a silent client; --json: timeout and close events") {
  FakeHost host(ServeMode::kEcho, true);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  host.idle_ms = 50;
  client.finish = false;
  const int port = host.listen(loop);
  const uint64_t started_at = loop.now();  // before the accept that starts the idle timer
  client.connect(loop, port);
  uint64_t ended_at = 0;
  client.l.on_end_hook = [&](TcpSocket& s) {
    ended_at = loop.now();
    s.close();
  };
  StdoutCapture capture;
  REQUIRE(run_until(loop, [&] { return host.closed_cb == 1 && client.l.close_cb == 1; }));
  const auto lines = lines_of(capture.text());
  CHECK(client.l.end_cb == 1);
  CHECK(ended_at - started_at >= 50);  // not before the timeout
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "{\"event\":\"timeout\",\"id\":7,\"kind\":\"idle\"}");
  CHECK(lines[1].rfind("{\"event\":\"close\",\"id\":7,\"bytes_in\":0,\"bytes_out\":0,\"duration_ms\":", 0) == 0);
  CHECK(loop.run() == false);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ServeConnection: --json: a data event per read, end by the peer, close with the counts") {
  FakeHost host(ServeMode::kEcho, true);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  client.payload = "hello, echo";
  client.connect(loop, host.listen(loop));
  StdoutCapture capture;
  REQUIRE(run_until(loop, [&] { return host.closed_cb == 1 && client.l.close_cb == 1; }));
  const auto lines = lines_of(capture.text());
  REQUIRE(lines.size() == 3);  // 11 bytes on loopback: one read
  CHECK(lines[0] == "{\"event\":\"data\",\"id\":7,\"direction\":\"in\",\"bytes\":11}");
  CHECK(lines[1] == "{\"event\":\"end\",\"id\":7,\"by\":\"peer\"}");
  CHECK(lines[2].rfind("{\"event\":\"close\",\"id\":7,\"bytes_in\":11,\"bytes_out\":11,\"duration_ms\":", 0) == 0);
  CHECK(client.l.data == "hello, echo");
  CHECK(loop.run() == false);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ServeConnection: stop() closes at once, twice is safe; connection_closed comes once") {
  FakeHost host(ServeMode::kChargen);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  client.finish = false;
  client.connect(loop, host.listen(loop));
  REQUIRE(run_until(loop, [&] { return host.conn != nullptr && client.l.data_cb > 0; }));
  host.conn->stop();
  host.conn->stop();
  host.conn->resume_after_sink();  // closing: nothing to resume
  CHECK(host.closed_cb == 0);      // on the socket's close callback, not inside stop()
  run_to_close(loop, dog, host, client);
  CHECK(client.l.end_cb + client.l.error_cb == 1);  // FIN, or RST if chargen data was still unread
}

TEST_CASE("ServeConnection: sink writes what it reads to the sink stream") {
  int fds[2];
  REQUIRE(make_pipe(fds) == 0);
  FakeHost host(ServeMode::kSink);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  host.sink_stream = FdStream::open(loop, fds[1], &host, &err);
  REQUIRE(host.sink_stream != nullptr);
  client.payload = "line one\nline two\n";
  client.connect(loop, host.listen(loop));
  REQUIRE(run_until(loop, [&] { return host.closed_cb == 1 && client.l.close_cb == 1; }));
  host.sink_stream->close();
  CHECK(loop.run() == false);
  ::close(fds[1]);
  CHECK(read_to_eof(fds[0]) == "line one\nline two\n");
  ::close(fds[0]);
  CHECK(host.bytes_in == client.payload.size());
  CHECK(host.bytes_out == 0);
  CHECK(client.l.data.empty());
  CHECK(host.sink_failed_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ServeConnection: sink stops reading while the sink is backed up, resumes when it drains") {
  int fds[2];
  REQUIRE(make_pipe(fds) == 0);
  FakeHost host(ServeMode::kSink);
  PipeReader reader;
  Client client;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  host.sink_stream = FdStream::open(loop, fds[1], &host, &err);
  REQUIRE(host.sink_stream != nullptr);
  client.payload = pattern(2 * 1024 * 1024, 3);
  client.connect(loop, host.listen(loop));
  // Nobody reads the pipe yet: the sink's queue passes 256 KiB and the connection stops reading.
  REQUIRE(run_until(loop, [&] {
    return host.socket && host.sink_stream->queued_bytes() > 256 * 1024 && !host.socket->reading();
  }));
  CHECK(host.fd_drain_cb == 0);
  reader.stream = FdStream::open(loop, fds[0], &reader, &err);
  REQUIRE(reader.stream != nullptr);
  CHECK(reader.stream->read_start() == 0);
  REQUIRE(run_until(loop, [&] {
    return host.closed_cb == 1 && client.l.close_cb == 1 && reader.data.size() == client.payload.size();
  }));
  CHECK(host.fd_drain_cb >= 1);
  CHECK(reader.data == client.payload);
  CHECK(host.bytes_in == client.payload.size());
  host.sink_stream->close();
  reader.stream->close();
  CHECK(loop.run() == false);
  ::close(fds[0]);
  ::close(fds[1]);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ServeConnection: a sink without a reader fails with EPIPE: sink_failed, nothing queued") {
  IgnoreSigpipe no_sigpipe;
  int fds[2];
  REQUIRE(make_pipe(fds) == 0);
  ::close(fds[0]);  // stdout's reader is gone
  FakeHost host(ServeMode::kSink);
  Client client;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  host.sink_stream = FdStream::open(loop, fds[1], &host, &err);
  REQUIRE(host.sink_stream != nullptr);
  client.payload = "lost";
  client.connect(loop, host.listen(loop));
  REQUIRE(run_until(loop, [&] { return host.closed_cb == 1 && client.l.close_cb == 1; }));
  CHECK(host.sink_failed_cb == 1);
  CHECK(host.sink_err.code == UV_EPIPE);
  CHECK(host.sink_err.syscall == "write");
  REQUIRE(host.sink_stream != nullptr);
  CHECK(host.sink_stream->queued_bytes() == 0);  // the chunk was not kept for later delivery
  CHECK(host.bytes_in == 4);                     // received from the client all the same
  host.sink_stream->close();
  CHECK(loop.run() == false);
  ::close(fds[1]);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

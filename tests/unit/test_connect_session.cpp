// run_connect_session (`netjs connect` after its options are parsed) against loopback servers on a
// thread of their own (the session runs its own loop), with stdout captured: --send reaches the server
// and the reply reaches stdout; the exit code of each ending: --expect matched (0), the connection
// closed before the text (7), the text did not come in time (7), refused (3), a name that does not
// resolve (5), the idle timeout (4), --on-eof exit; --send-file (1 MiB there and back, a file that cannot
// be opened), a --source of the other family, stdin, stdout's reader gone (EPIPE: 0); and --json's
// events instead of the data.
#include "commands/connect_session.h"
#include "commands/exit_codes.h"
#include "commands/stats.h"

#include "commands_helpers.h"

#include <fcntl.h>

using namespace netjs::test;
using namespace netjs::commands;

namespace {

// A plan for 127.0.0.1:port with --send TEXT (an empty text sends nothing: stdin is never read).
struct Plan {
  ConnectOptions opts;
  ConnectPlan plan;

  Plan(const std::string& host, int port, const std::string& send) {
    opts.host = host;
    opts.port_text = std::to_string(port);
    opts.has_send = true;
    opts.send = send;
    opts.timeout = static_cast<double>(scaled_ms(10000)) / 1000;
    plan.opts = &opts;
    plan.port = port;
    plan.send = send;
  }
  void expect(const std::string& text) {
    opts.has_expect = true;
    opts.expect = text;
    plan.expect = text;
  }
};

// Runs the session with stdout captured; returns its exit code and what it wrote to stdout.
struct Run {
  int code = -1;
  std::string out;
  double ms = 0;
};

bool write_all_file(int fd, const std::string& bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
    if (n <= 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

Run run(const Plan& p) {
  Run r;
  StdoutCapture capture;
  const double start = now_ms();
  r.code = run_connect_session(p.plan);
  r.ms = now_ms() - start;
  r.out = capture.text();
  return r;
}

}  // namespace

TEST_CASE("connect: --send reaches an echo server, the reply reaches stdout, FIN after input: exit 0") {
  ThreadServer server(serve_echo);
  Plan p("127.0.0.1", server.port(), "hello, server\n");
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(r.out == "hello, server\n");
  CHECK(server.accepted());
  CHECK(server.received() == "hello, server\n");
}

TEST_CASE("connect: --expect matched in a banner: exit 0, the banner on stdout") {
  ThreadServer server(serve_banner("220 mail.example ESMTP ready\r\n"));
  Plan p("127.0.0.1", server.port(), "");
  p.expect("ESMTP");
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(r.out == "220 mail.example ESMTP ready\r\n");
  CHECK(server.received().empty());
}

TEST_CASE("connect: --expect, the connection closes before the text: exit 7") {
  ThreadServer server(serve_banner("220 mail.example ESMTP ready\r\n"));
  Plan p("127.0.0.1", server.port(), "");
  p.expect("SSH-2.0");  // our FIN after the (empty) input makes the server close
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitMismatch);
  CHECK(r.out == "220 mail.example ESMTP ready\r\n");
}

TEST_CASE("connect: --expect, the text does not come within --timeout: exit 7, not before it") {
  ThreadServer server(serve_silent);
  Plan p("127.0.0.1", server.port(), "PING\n");
  p.opts.timeout = 0.1;
  p.opts.on_eof = "wait";  // keep the connection: only the timer can end it
  p.expect("PONG");
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitMismatch);
  CHECK(r.ms >= 99);  // libuv counts whole milliseconds: its clock may be up to 1 ms behind ours
  CHECK(r.out.empty());
  CHECK(server.received() == "PING\n");
}

TEST_CASE("connect: a closed port is refused: exit 3; --json: the error event") {
  ClosedPort closed("127.0.0.1");
  Plan p("127.0.0.1", closed.port(), "x");
  p.opts.common.json = true;
  const Run r = run(p);
  CHECK(r.code == kExitRefused);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 1);
  const std::string port = std::to_string(closed.port());
  CHECK(lines[0] == "{\"event\":\"error\",\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\",\"address\":\"127.0.0.1\","
                    "\"port\":" + port + ",\"class\":\"refused\",\"message\":\"connect ECONNREFUSED 127.0.0.1:" + port +
                    "\",\"tried\":[{\"address\":\"127.0.0.1\",\"family\":4,\"result\":\"refused\",\"connect_ms\":null,"
                    "\"code\":\"ECONNREFUSED\"}]}");
}

TEST_CASE("connect: a name that does not resolve: exit 5") {
  Plan p("nonexistent.invalid", 80, "x");
  p.opts.timeout = static_cast<double>(scaled_ms(30000)) / 1000;
  const Run r = run(p);
  CHECK(r.code == kExitDns);
  CHECK(r.out.empty());
}

TEST_CASE("connect: --idle-timeout with a silent server: exit 4, not before it") {
  ThreadServer server(serve_silent);
  Plan p("127.0.0.1", server.port(), "");
  p.opts.on_eof = "wait";
  p.opts.idle_timeout = 0.1;
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitTimeout);
  CHECK(r.ms >= 99);  // libuv counts whole milliseconds: its clock may be up to 1 ms behind ours
}

TEST_CASE("connect: --on-eof exit ends once the input is written: exit 0") {
  ThreadServer server(serve_silent);
  Plan p("127.0.0.1", server.port(), "QUIT\r\n");
  p.opts.on_eof = "exit";
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(server.received() == "QUIT\r\n");
}

TEST_CASE("connect: --json: connect, data and close events on stdout instead of the data") {
  ThreadServer server(serve_echo);
  Plan p("127.0.0.1", server.port(), "12345");
  p.opts.common.json = true;
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(r.out.find("12345") == std::string::npos);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() >= 5);
  const std::string port = std::to_string(server.port());
  CHECK(lines[0].rfind("{\"event\":\"connect\",\"host\":\"127.0.0.1\",\"address\":\"127.0.0.1\",\"port\":" + port +
                           ",\"family\":4,\"local_address\":\"127.0.0.1\",\"local_port\":", 0) == 0);
  CHECK(lines[0].find(",\"dns_ms\":null,\"connect_ms\":") != std::string::npos);
  CHECK(lines[1] == "{\"event\":\"data\",\"direction\":\"out\",\"bytes\":5}");
  int in = 0, end_local = 0, end_peer = 0;
  for (const std::string& l : lines) {
    if (l.rfind("{\"event\":\"data\",\"direction\":\"in\",\"bytes\":", 0) == 0) ++in;
    if (l == "{\"event\":\"end\",\"by\":\"local\"}") ++end_local;
    if (l == "{\"event\":\"end\",\"by\":\"peer\"}") ++end_peer;
  }
  CHECK(in >= 1);
  CHECK(end_local == 1);
  CHECK(end_peer == 1);
  CHECK(lines.back().rfind("{\"event\":\"close\",\"bytes_in\":5,\"bytes_out\":5,\"duration_ms\":", 0) == 0);
  CHECK(lines.back().find(",\"exit_code\":0}") != std::string::npos);
}

TEST_CASE("connect: --send-file of 1 MiB to an echo server: every byte there and back, in order; exit 0") {
  char path[] = "/tmp/netjs-unit-send-XXXXXX";
  const int fd = ::mkstemp(path);
  REQUIRE(fd >= 0);
  const std::string payload = pattern(1024 * 1024, 5);  // past the 256 KiB high-water mark
  REQUIRE(write_all_file(fd, payload));
  ::close(fd);
  ThreadServer server(serve_echo);
  Plan p("127.0.0.1", server.port(), "");
  p.opts.has_send = false;
  p.opts.send_file = path;
  const Run r = run(p);
  server.join();
  ::unlink(path);
  CHECK(r.code == kExitOk);
  CHECK(server.received().size() == payload.size());
  CHECK(server.received() == payload);
  CHECK(r.out.size() == payload.size());
  CHECK(r.out == payload);
}

// (cmd_connect refuses an unreadable --send-file first, exit 2; the session sees one only in a race.)
TEST_CASE("connect: a --send-file that cannot be opened: exit 6, nothing sent") {
  ThreadServer server(serve_silent);
  Plan p("127.0.0.1", server.port(), "");
  p.opts.has_send = false;
  p.opts.send_file = "/nonexistent/netjs-unit-no-such-file";
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitNetwork);
  CHECK(server.received().empty());
}

TEST_CASE("connect: a --source of the other family leaves nothing to try: exit 6") {
  ClosedPort closed("127.0.0.1");  // never reached
  Plan p("127.0.0.1", closed.port(), "x");
  p.plan.source_host = "::1";
  p.opts.common.json = true;
  const Run r = run(p);
  CHECK(r.code == kExitNetwork);
  const auto lines = lines_of(r.out);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].find("\"code\":\"EAFNOSUPPORT\",\"syscall\":\"connect\"") != std::string::npos);
}

TEST_CASE("connect: without --send, stdin (a pipe here) is copied to the server, then FIN: exit 0") {
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  const std::string input = "GET / HTTP/1.0\r\n\r\n";
  REQUIRE(write_all_file(fds[1], input));
  ::close(fds[1]);  // the input ends there
  ThreadServer server(serve_echo);
  Plan p("127.0.0.1", server.port(), "");
  p.opts.has_send = false;
  const int saved = ::dup(0);
  REQUIRE(saved >= 0);
  REQUIRE(::dup2(fds[0], 0) == 0);
  const Run r = run(p);
  ::dup2(saved, 0);
  ::close(saved);
  ::close(fds[0]);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(server.received() == input);
  CHECK(r.out == input);
}

TEST_CASE("connect: stdout's reader gone (EPIPE): nothing more to deliver, exit 0 as nc does") {
  IgnoreSigpipe no_sigpipe;
  int fds[2];
  REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
  ::close(fds[0]);  // `| head` has exited
  // Sends a banner, then says whether the session closed the connection (rather than the bound passing).
  ThreadServer server([](int fd) {
    char c;
    if (!write_all(fd, "welcome\r\n")) return std::string("write failed");
    return std::string(wait_readable(fd) && ::read(fd, &c, 1) == 0 ? "closed by the session" : "still open");
  });
  Plan p("127.0.0.1", server.port(), "");
  p.opts.on_eof = "wait";  // only stdout's failure can end it
  std::cout.flush();
  std::fflush(stdout);
  const int saved = ::dup(1);
  REQUIRE(saved >= 0);
  REQUIRE(::dup2(fds[1], 1) == 1);
  const int code = run_connect_session(p.plan);
  ::dup2(saved, 1);
  ::close(saved);
  ::close(fds[1]);
  server.join();
  CHECK(code == kExitOk);
  CHECK(server.received() == "closed by the session");
}

namespace {
// The --json lines of a session that a silent server lets reach --idle-timeout.
std::vector<std::string> idle_timeout_events() {
  ThreadServer server(serve_silent);
  Plan p("127.0.0.1", server.port(), "");
  p.opts.on_eof = "wait";
  p.opts.idle_timeout = 0.05;
  p.opts.common.json = true;
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitTimeout);
  return lines_of(r.out);
}
}  // namespace

TEST_CASE("connect: --json, --idle-timeout: the timeout event, then close with exit_code 4") {
  const auto lines = idle_timeout_events();
  REQUIRE(lines.size() == 4);  // connect, timeout, error, close
  CHECK(lines[0].rfind("{\"event\":\"connect\",", 0) == 0);
  CHECK(lines[1] == "{\"event\":\"timeout\",\"kind\":\"idle\"}");
  CHECK(lines[2].rfind("{\"event\":\"error\",\"code\":\"ETIMEDOUT\",", 0) == 0);
  CHECK(lines[3].rfind("{\"event\":\"close\",\"bytes_in\":0,\"bytes_out\":0,\"duration_ms\":", 0) == 0);
  CHECK(lines[3].find(",\"exit_code\":4}") != std::string::npos);
}

// README ("JSON output") gives every `error` event `code`, `syscall`, `address`, `port`, `class` and
// `message` (absent values null), `class` being one of refused, timeout, dns, unreachable, reset or
// error: the failures that are no OS error too (the idle timeout here; it printed only code, message
// and a class that was the code, "ETIMEDOUT").
TEST_CASE("connect: --json, --idle-timeout: the error event has the documented fields and class") {
  const auto lines = idle_timeout_events();
  REQUIRE(lines.size() == 4);
  const std::string& error = lines[2];
  CHECK(error.find("\"syscall\":") != std::string::npos);
  CHECK(error.find("\"address\":") != std::string::npos);
  CHECK(error.find("\"port\":") != std::string::npos);
  CHECK(error.find("\"class\":\"timeout\"") != std::string::npos);
}

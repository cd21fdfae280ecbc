// run_native_server (`netjs serve` in a built-in mode) end to end in the test process: it runs its own
// loop, so stdout goes to a pipe that a thread reads, and a client thread waits there for the
// "listening" event (port 0: the OS chooses), then connects. --once ends the server after its one
// client, SIGTERM (which it watches) otherwise; the events and the summary's counts are checked, and
// --max-connections turning a second client away. And mode_script, the modules --print-script prints.
#include "commands/exit_codes.h"
#include "commands/serve_script.h"
#include "commands/serve_server.h"

#include "commands_helpers.h"

#include <fcntl.h>
#include <signal.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

using namespace netjs::test;
using namespace netjs::commands;

namespace {

// fd 1 into a pipe read by a thread, so a test can wait for a line the code under test prints while
// it runs. text() restores stdout, waits for the reader to see EOF, and returns everything.
class PipeCapture {
 public:
  PipeCapture() {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    std::cout.flush();
    std::fflush(stdout);
    saved_ = ::dup(1);
    REQUIRE(saved_ >= 0);
    REQUIRE(::dup2(fds[1], 1) == 1);
    ::close(fds[1]);
    read_fd_ = fds[0];
    reader_ = std::thread([this] {
      char buf[4096];
      for (ssize_t n; (n = ::read(read_fd_, buf, sizeof buf)) > 0;) {
        std::lock_guard<std::mutex> lock(mu_);
        text_.append(buf, static_cast<std::size_t>(n));
        cv_.notify_all();
      }
    });
  }
  ~PipeCapture() { text(); }
  PipeCapture(const PipeCapture&) = delete;
  PipeCapture& operator=(const PipeCapture&) = delete;

  // Waits (bounded) until the text contains `what`; returns the text so far.
  std::string wait_for(const std::string& what) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait_for(lock, std::chrono::milliseconds(scaled_ms(10000)),
                 [&] { return text_.find(what) != std::string::npos; });
    return text_;
  }

  std::string text() {
    if (saved_ >= 0) {
      std::fflush(stdout);
      ::dup2(saved_, 1);  // the pipe's last write end closes: the reader sees EOF
      ::close(saved_);
      saved_ = -1;
    }
    if (reader_.joinable()) reader_.join();
    if (read_fd_ >= 0) ::close(read_fd_);
    read_fd_ = -1;
    return text_;
  }

 private:
  int saved_ = -1;
  int read_fd_ = -1;
  std::thread reader_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::string text_;
};

// The port of the first "listening" event in `text`, 0 if none.
int listening_port(const std::string& text) {
  const std::size_t ev = text.find("{\"event\":\"listening\"");
  if (ev == std::string::npos) return 0;
  const std::size_t at = text.find("\"port\":", ev);
  return at == std::string::npos ? 0 : std::atoi(text.c_str() + at + 7);
}

// A blocking client on a thread: waits for the server to listen, connects, sends `send`, sends its FIN,
// reads to EOF. If anything fails after the server listens, SIGTERM stops the server (it watches it),
// so the test ends instead of waiting for a client that will not come.
struct ClientThread {
  std::string send;
  std::string received;
  bool connected = false;
  std::thread thread;

  void start(PipeCapture& capture) {
    thread = std::thread([this, &capture] {
      const int port = listening_port(capture.wait_for("{\"event\":\"listening\""));
      if (port == 0) return;  // the server did not listen: it has returned already
      Addr a = addr_nocheck("127.0.0.1", port);
      const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (fd >= 0 && ::connect(fd, a.sa(), sizeof(sockaddr_in)) == 0) {
        connected = true;
        if (write_all(fd, send) && ::shutdown(fd, SHUT_WR) == 0) received = read_to_eof(fd);
      }
      if (fd >= 0) ::close(fd);
      if (!connected) ::kill(::getpid(), SIGTERM);
    });
  }
  void join() {
    if (thread.joinable()) thread.join();
  }

  // addr() of helpers.h REQUIREs, which only the main thread may do.
  static Addr addr_nocheck(const std::string& ip, int port) {
    Addr a;
    (void)to_sockaddr(ip, port, &a.ss);
    return a;
  }
};

ServeOptions once_on_loopback(bool json) {
  ServeOptions o;
  o.host = "127.0.0.1";
  o.port = 0;
  o.once = true;
  o.common.json = json;
  return o;
}

}  // namespace

TEST_CASE("serve: echo --once --json on 127.0.0.1:0: one client echoed, its events, the summary; exit 0") {
  const ServeOptions opts = once_on_loopback(true);
  ClientThread client;
  client.send = "hello, serve\n";
  int code = -1;
  std::string out;
  {
    PipeCapture capture;
    client.start(capture);
    code = run_native_server(opts, ServeMode::kEcho);
    out = capture.text();
  }
  client.join();
  CHECK(code == kExitOk);
  CHECK(client.connected);
  CHECK(client.received == "hello, serve\n");
  const auto lines = lines_of(out);
  REQUIRE(lines.size() >= 5);
  const int port = listening_port(out);
  CHECK(port > 0);
  CHECK(lines[0] == "{\"event\":\"listening\",\"address\":\"127.0.0.1\",\"port\":" + std::to_string(port) +
                        ",\"family\":4,\"dual_stack\":false,\"mode\":\"echo\"}");
  CHECK(lines[1].rfind("{\"event\":\"connection\",\"id\":1,\"remote_address\":\"127.0.0.1\",\"remote_port\":", 0) == 0);
  CHECK(lines[1].find(",\"local_address\":\"127.0.0.1\",\"local_port\":" + std::to_string(port) + "}") !=
        std::string::npos);
  int in = 0;
  for (const std::string& l : lines) {
    if (l.rfind("{\"event\":\"data\",\"id\":1,\"direction\":\"in\",\"bytes\":", 0) == 0) ++in;
  }
  CHECK(in >= 1);
  CHECK(out.find("{\"event\":\"end\",\"id\":1,\"by\":\"peer\"}\n") != std::string::npos);
  CHECK(out.find("{\"event\":\"close\",\"id\":1,\"bytes_in\":13,\"bytes_out\":13,\"duration_ms\":") !=
        std::string::npos);
  CHECK(lines.back().rfind("{\"event\":\"summary\",\"connections\":1,\"refused\":0,\"dropped_no_fds\":0,"
                           "\"bytes_in\":13,\"bytes_out\":13,\"duration_ms\":",
                           0) == 0);
}

TEST_CASE("serve: discard --once: the client's bytes are counted, nothing comes back; exit 0") {
  const ServeOptions opts = once_on_loopback(true);
  ClientThread client;
  client.send = std::string(100000, 'd');
  int code = -1;
  std::string out;
  {
    PipeCapture capture;
    client.start(capture);
    code = run_native_server(opts, ServeMode::kDiscard);
    out = capture.text();
  }
  client.join();
  CHECK(code == kExitOk);
  CHECK(client.connected);
  CHECK(client.received.empty());
  const auto lines = lines_of(out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back().rfind("{\"event\":\"summary\",\"connections\":1,\"refused\":0,\"dropped_no_fds\":0,"
                           "\"bytes_in\":100000,\"bytes_out\":0,",
                           0) == 0);
}

TEST_CASE("serve: a port already in use: the listen error, exit 6") {
  // A listening socket of our own holds the port.
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  REQUIRE(fd >= 0);
  Addr a = addr("127.0.0.1", 0);
  REQUIRE(::bind(fd, a.sa(), sizeof(sockaddr_in)) == 0);
  REQUIRE(::listen(fd, 1) == 0);
  sockaddr_in bound{};
  socklen_t len = sizeof bound;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&bound), &len) == 0);
  ServeOptions opts = once_on_loopback(true);
  opts.port = ntohs(bound.sin_port);
  StdoutCapture capture;
  const int code = run_native_server(opts, ServeMode::kEcho);
  const std::string out = capture.text();
  ::close(fd);
  CHECK(code == kExitNetwork);
  CHECK(out == "{\"event\":\"error\",\"code\":\"EADDRINUSE\",\"syscall\":\"listen\",\"address\":\"127.0.0.1\","
               "\"port\":" + std::to_string(opts.port) + ",\"class\":\"error\",\"message\":\"listen EADDRINUSE "
               "127.0.0.1:" + std::to_string(opts.port) + "\"}\n");
}

TEST_CASE("serve: --max-connections 1 refuses a second client while the first is open; SIGTERM stops it") {
  ServeOptions opts = once_on_loopback(true);
  opts.once = false;
  opts.max_connections = 1;
  bool first_echoed = false;
  bool refused_seen = false;
  std::string second_got = "unset";
  int code = -1;
  std::string out;
  {
    PipeCapture capture;
    std::thread clients([&] {
      const int port = listening_port(capture.wait_for("{\"event\":\"listening\""));
      if (port == 0) return;
      Addr a = ClientThread::addr_nocheck("127.0.0.1", port);
      const int first = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
      if (first >= 0 && ::connect(first, a.sa(), sizeof(sockaddr_in)) == 0 && write_all(first, "a")) {
        char c = 0;
        first_echoed = wait_readable(first) && ::read(first, &c, 1) == 1 && c == 'a';  // accepted and served
      }
      if (first_echoed) {
        const int second = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (second >= 0 && ::connect(second, a.sa(), sizeof(sockaddr_in)) == 0) second_got = read_to_eof(second);
        if (second >= 0) ::close(second);
        refused_seen = capture.wait_for("\"reason\":\"max-connections\"}").find("\"event\":\"refused\"") !=
                       std::string::npos;
      }
      ::kill(::getpid(), SIGTERM);  // the server watches it: stop, close the first, summary
      if (first >= 0) {
        (void)read_to_eof(first);  // the server's close
        ::close(first);
      }
    });
    code = run_native_server(opts, ServeMode::kEcho);
    clients.join();
    out = capture.text();
  }
  CHECK(code == kExitOk);
  CHECK(first_echoed);
  CHECK(second_got.empty());  // closed at once, nothing served
  CHECK(refused_seen);
  CHECK(out.find("{\"event\":\"refused\",\"remote_address\":\"127.0.0.1\",\"remote_port\":") != std::string::npos);
  const auto lines = lines_of(out);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines.back().rfind("{\"event\":\"summary\",\"connections\":1,\"refused\":1,\"dropped_no_fds\":0,"
                           "\"bytes_in\":1,\"bytes_out\":1,",
                           0) == 0);
}

TEST_CASE("mode_script: each built-in mode's module for --print-script; no other embedded module") {
  for (const std::string mode : {"echo", "discard", "sink", "chargen"}) {
    const std::string text(mode_script(mode));
    CHECK_MESSAGE(text.rfind("// netjs serve --script " + mode + ".js", 0) == 0, mode);
    CHECK_MESSAGE(text.find("module.exports = function (socket) {") != std::string::npos, mode);
  }
  CHECK(mode_script("wrapper").empty());  // embedded beside them, but not a mode
  CHECK(mode_script("ECHO").empty());
  CHECK(mode_script("").empty());
}

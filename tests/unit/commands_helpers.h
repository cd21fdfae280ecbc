// Helpers of the lib/commands unit tests, beside helpers.h: stdout captured into a file around a call
// that prints (JSON events, connect's data), SIGPIPE ignored while a test writes to a pipe nobody
// reads, and a blocking one-connection TCP server on a thread of its own, for code that runs its own
// loop (run_connect_session).
#pragma once

#include "helpers.h"

#include <doctest/doctest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

namespace netjs::test {

// Points fd 1 at a temporary file until text() (or the destructor) puts the real stdout back. doctest
// reports on stdout too: take the text before checking anything. A file, not a pipe: nothing has to
// read it while the code under test writes, however much it writes.
class StdoutCapture {
 public:
  StdoutCapture() {
    char path[] = "/tmp/netjs-unit-stdout-XXXXXX";
    file_ = ::mkstemp(path);
    REQUIRE(file_ >= 0);
    ::unlink(path);
    std::cout.flush();
    std::fflush(stdout);
    saved_ = ::dup(1);
    REQUIRE(saved_ >= 0);
    REQUIRE(::dup2(file_, 1) == 1);
  }
  ~StdoutCapture() {
    restore();
    ::close(file_);
  }
  StdoutCapture(const StdoutCapture&) = delete;
  StdoutCapture& operator=(const StdoutCapture&) = delete;

  // Restores stdout and returns everything written to it meanwhile.
  std::string text() {
    restore();
    std::string out;
    char buf[65536];
    off_t at = 0;
    for (ssize_t n; (n = ::pread(file_, buf, sizeof buf, at)) > 0; at += n) out.append(buf, static_cast<std::size_t>(n));
    return out;
  }

 private:
  void restore() {
    if (saved_ < 0) return;
    std::fflush(stdout);
    ::dup2(saved_, 1);
    ::close(saved_);
    saved_ = -1;
  }
  int file_ = -1;
  int saved_ = -1;
};

// The lines of `text` ("a\nb\n" -> {"a", "b"}).
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t nl; (nl = text.find('\n', at)) != std::string::npos; at = nl + 1) lines.push_back(text.substr(at, nl - at));
  if (at < text.size()) lines.push_back(text.substr(at));
  return lines;
}

// The netjs binary ignores SIGPIPE (app/main.cpp); the test binary does so only while this lives, so
// a write to a pipe without a reader fails with EPIPE instead of killing the tests.
class IgnoreSigpipe {
 public:
  IgnoreSigpipe() { old_ = std::signal(SIGPIPE, SIG_IGN); }
  ~IgnoreSigpipe() { std::signal(SIGPIPE, old_); }
  IgnoreSigpipe(const IgnoreSigpipe&) = delete;
  IgnoreSigpipe& operator=(const IgnoreSigpipe&) = delete;

 private:
  void (*old_)(int) = SIG_DFL;
};

// --- a blocking server on its own thread ----------------------------------------------------------------

// Waits (bounded) until `fd` is readable; false when the bound passed.
inline bool wait_readable(int fd, uint64_t native_ms = 10000) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, static_cast<int>(scaled_ms(native_ms))) == 1;
}

// Reads until EOF (or an error, or the bound); returns what came. `each`, if given, sees every read
// as it comes and stops the reading by returning false.
inline std::string read_to_eof(int fd, const std::function<bool(const char*, std::size_t)>& each = {}) {
  std::string got;
  char buf[4096];
  while (wait_readable(fd)) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) break;
    got.append(buf, static_cast<std::size_t>(n));
    if (each && !each(buf, static_cast<std::size_t>(n))) break;
  }
  return got;
}

inline bool write_all(int fd, const std::string& bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    ssize_t n = ::send(fd, bytes.data() + at, bytes.size() - at, MSG_NOSIGNAL);
    if (n <= 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

// Listens on 127.0.0.1 (port from the OS) and serves one connection on a thread with `serve(fd)`, which
// runs with the accepted descriptor and returns what it received (closed after it). The thread gives
// up if no client comes within the bound. Nothing on the thread checks: join() and then look.
class ThreadServer {
 public:
  explicit ThreadServer(std::function<std::string(int)> serve) : serve_(std::move(serve)) {
    Addr a = addr("127.0.0.1", 0);
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    REQUIRE(listen_fd_ >= 0);
    REQUIRE(::bind(listen_fd_, a.sa(), sizeof(sockaddr_in)) == 0);
    REQUIRE(::listen(listen_fd_, 4) == 0);
    sockaddr_in bound{};
    socklen_t len = sizeof bound;
    REQUIRE(::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&bound), &len) == 0);
    port_ = ntohs(bound.sin_port);
    thread_ = std::thread([this] {
      if (!wait_readable(listen_fd_)) return;
      int fd = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (fd < 0) return;
      accepted_ = true;
      received_ = serve_(fd);
      ::close(fd);
    });
  }
  ~ThreadServer() {
    join();
    ::close(listen_fd_);
  }
  ThreadServer(const ThreadServer&) = delete;
  ThreadServer& operator=(const ThreadServer&) = delete;

  int port() const { return port_; }
  void join() {
    if (thread_.joinable()) thread_.join();
  }
  // After join():
  bool accepted() const { return accepted_; }
  const std::string& received() const { return received_; }

 private:
  std::function<std::string(int)> serve_;
  int listen_fd_ = -1;
  int port_ = 0;
  std::thread thread_;
  bool accepted_ = false;
  std::string received_;
};

// serve() bodies: echo everything until EOF; send a banner, then read until EOF; read until EOF.
inline std::string serve_echo(int fd) {
  return read_to_eof(fd, [fd](const char* data, std::size_t len) { return write_all(fd, std::string(data, len)); });
}

inline std::function<std::string(int)> serve_banner(std::string banner) {
  return [banner](int fd) {
    write_all(fd, banner);
    return read_to_eof(fd);
  };
}

inline std::string serve_silent(int fd) { return read_to_eof(fd); }

}  // namespace netjs::test

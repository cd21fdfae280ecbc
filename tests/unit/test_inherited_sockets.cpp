// Socket activation's descriptors (core/inherited_sockets): what each kind of descriptor is taken for,
// the protocol's variables (ours, another process's, malformed; always unset afterwards; names from
// LISTEN_FDNAMES; close-on-exec set), and UdpSocket::open adopting an inherited UDP socket.
#include "core/inherited_sockets.h"
#include "core/udp_socket.h"
#include "helpers.h"

#include <cstdlib>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace netjs::test;
using netjs::core::classify_socket;
using netjs::core::InheritedSocket;
using netjs::core::take_inherited_sockets;

namespace {

// A loopback socket of `type` bound to port 0; listening when asked. Closed by the caller.
int loopback_socket(int type, bool listening) {
  int fd = ::socket(AF_INET, type, 0);
  REQUIRE(fd >= 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
  if (listening) REQUIRE(::listen(fd, 4) == 0);
  return fd;
}

int port_of(int fd) {
  sockaddr_in a{};
  socklen_t len = sizeof a;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
  return ntohs(a.sin_port);
}

// Puts `fd` at descriptor 3 for the duration (what was there is kept and put back).
struct AtFd3 {
  int saved;
  explicit AtFd3(int fd) : saved(::fcntl(3, F_DUPFD_CLOEXEC, 10)) { REQUIRE(::dup2(fd, 3) == 3); }
  ~AtFd3() {
    ::close(3);
    if (saved >= 0) {
      ::dup2(saved, 3);
      ::close(saved);
    }
  }
};

void set_listen_env(const std::string& pid, const std::string& fds, const char* names) {
  ::setenv("LISTEN_PID", pid.c_str(), 1);
  ::setenv("LISTEN_FDS", fds.c_str(), 1);
  if (names) ::setenv("LISTEN_FDNAMES", names, 1);
  else ::unsetenv("LISTEN_FDNAMES");
}

bool listen_env_gone() {
  return !std::getenv("LISTEN_PID") && !std::getenv("LISTEN_FDS") && !std::getenv("LISTEN_FDNAMES");
}

}  // namespace

TEST_CASE("classify_socket: listening TCP, UDP, and what serve cannot take") {
  int tcp = loopback_socket(SOCK_STREAM, true);
  int udp = loopback_socket(SOCK_DGRAM, false);
  int unlistened = loopback_socket(SOCK_STREAM, false);
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  int unix_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(unix_fd >= 0);

  CHECK(classify_socket(tcp).kind == InheritedSocket::Kind::kTcpListener);
  CHECK(classify_socket(udp).kind == InheritedSocket::Kind::kUdp);
  InheritedSocket s = classify_socket(unlistened);
  CHECK(s.kind == InheritedSocket::Kind::kUnsupported);
  CHECK(s.what.find("not listening") != std::string::npos);
  s = classify_socket(pipe_fds[0]);
  CHECK(s.kind == InheritedSocket::Kind::kUnsupported);
  CHECK(s.what == "not a socket");
  s = classify_socket(unix_fd);
  CHECK(s.kind == InheritedSocket::Kind::kUnsupported);
  CHECK(s.what == "a Unix socket");
  s = classify_socket(1 << 20);
  CHECK(s.kind == InheritedSocket::Kind::kUnsupported);
  CHECK(s.what == "not an open descriptor");

  for (int fd : {tcp, udp, unlistened, pipe_fds[0], pipe_fds[1], unix_fd}) ::close(fd);
}

TEST_CASE("take_inherited_sockets: our LISTEN_PID, fd 3 on, names, close-on-exec, variables unset") {
  int tcp = loopback_socket(SOCK_STREAM, true);
  {
    AtFd3 at3(tcp);
    REQUIRE(::fcntl(3, F_SETFD, 0) == 0);  // inherited without close-on-exec, as systemd passes it
    set_listen_env(std::to_string(::getpid()), "1", "web");
    netjs::core::InheritedSockets got = take_inherited_sockets();
    CHECK(got.error.empty());
    REQUIRE(got.sockets.size() == 1);
    CHECK(got.sockets[0].fd == 3);
    CHECK(got.sockets[0].kind == InheritedSocket::Kind::kTcpListener);
    CHECK(got.sockets[0].name == "web");
    CHECK((::fcntl(3, F_GETFD) & FD_CLOEXEC) != 0);
    CHECK(listen_env_gone());
    // Taken once: a second call finds nothing.
    CHECK(take_inherited_sockets().sockets.empty());
  }
  ::close(tcp);
}

TEST_CASE("take_inherited_sockets: another process's LISTEN_PID, none, malformed values") {
  set_listen_env(std::to_string(::getpid() + 1), "1", nullptr);
  netjs::core::InheritedSockets got = take_inherited_sockets();
  CHECK(got.sockets.empty());
  CHECK(got.error.empty());
  CHECK(listen_env_gone());  // unset even so, as sd_listen_fds(unset_environment=1) does

  set_listen_env(std::to_string(::getpid()), "0", nullptr);
  got = take_inherited_sockets();
  CHECK(got.sockets.empty());
  CHECK(got.error.empty());

  set_listen_env(std::to_string(::getpid()), "two", nullptr);
  got = take_inherited_sockets();
  CHECK(got.sockets.empty());
  CHECK(got.error == "LISTEN_FDS=two is not a descriptor count");
  CHECK(listen_env_gone());

  set_listen_env("-5", "1", nullptr);
  got = take_inherited_sockets();
  CHECK(got.error == "LISTEN_PID=-5 is not a process id");
  CHECK(listen_env_gone());

  ::unsetenv("LISTEN_PID");
  CHECK(take_inherited_sockets().sockets.empty());
}

namespace {

struct Received final : UdpListener {
  std::vector<std::string> messages;
  int close_cb = 0;
  void on_message(UdpSocket& s, const char* data, std::size_t len, const Endpoint&) override {
    messages.emplace_back(data, len);
    s.close();
  }
  void on_receive_error(UdpSocket&, const Error&) override {}
  void on_send_done(UdpSocket&, uint32_t, const Error&, std::size_t) override {}
  void on_close(UdpSocket&) override { ++close_cb; }
};

}  // namespace

TEST_CASE("UdpSocket::open: adopts a bound UDP descriptor, which then receives") {
  int fd = loopback_socket(SOCK_DGRAM, false);
  const int port = port_of(fd);
  Loop loop;
  Watchdog dog{loop};
  Received rec;
  UdpSocket* s = UdpSocket::create(loop, &rec);
  REQUIRE(s->open(fd) == 0);  // the socket now owns fd: closing it closes fd
  CHECK(s->local_endpoint().port == port);
  REQUIRE(s->receive_start() == 0);

  int sender = ::socket(AF_INET, SOCK_DGRAM, 0);
  REQUIRE(sender >= 0);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  to.sin_port = htons(static_cast<uint16_t>(port));
  REQUIRE(::sendto(sender, "adopted", 7, 0, reinterpret_cast<sockaddr*>(&to), sizeof to) == 7);
  CHECK(loop.run() == false);
  ::close(sender);
  CHECK(rec.messages == std::vector<std::string>{"adopted"});
  CHECK(rec.close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
}

#include "core/inherited_sockets.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace netjs::core {

namespace {

// sd_listen_fds(3): the first passed descriptor.
constexpr int kFirstFd = 3;

// A decimal value > 0 that fits an int, or -1.
long parse_positive(const char* s) {
  if (!s || *s < '0' || *s > '9') return -1;
  errno = 0;
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (errno != 0 || *end != '\0' || v <= 0 || v > 0x7fffffffL) return -1;
  return v;
}

std::vector<std::string> split_names(const char* names) {
  std::vector<std::string> out;
  if (!names) return out;
  std::string all = names, part;
  for (char c : all) {
    if (c == ':') {
      out.push_back(part);
      part.clear();
    } else {
      part += c;
    }
  }
  out.push_back(part);
  return out;
}

}  // namespace

InheritedSocket classify_socket(int fd) {
  InheritedSocket s;
  s.fd = fd;
  int type = 0;
  socklen_t len = sizeof type;
  if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0) {
    s.what = errno == EBADF ? "not an open descriptor" : "not a socket";
    return s;
  }
  sockaddr_storage ss{};
  socklen_t sl = sizeof ss;
  if (getsockname(fd, reinterpret_cast<sockaddr*>(&ss), &sl) != 0 ||
      (ss.ss_family != AF_INET && ss.ss_family != AF_INET6)) {
    s.what = ss.ss_family == AF_UNIX ? "a Unix socket" : "a socket that is neither IPv4 nor IPv6";
    return s;
  }
  if (ss.ss_family == AF_INET6) {
    int v6only = 0;
    len = sizeof v6only;
    s.ipv6_only = getsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, &len) == 0 && v6only != 0;
  }
  if (type == SOCK_DGRAM) {
    s.kind = InheritedSocket::Kind::kUdp;
    return s;
  }
  if (type != SOCK_STREAM) {
    s.what = "a socket that is neither a stream nor a datagram socket";
    return s;
  }
  int listening = 0;
  len = sizeof listening;
  if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) {
    // systemd's Accept=yes passes one accepted connection per service instance.
    s.what = "a TCP socket that is not listening (a connection: the socket unit needs Accept=no)";
    return s;
  }
  s.kind = InheritedSocket::Kind::kTcpListener;
  return s;
}

InheritedSockets take_inherited_sockets() {
  InheritedSockets out;
  const char* pid_text = std::getenv("LISTEN_PID");
  const char* fds_text = std::getenv("LISTEN_FDS");
  if (pid_text && fds_text) {
    const long pid = parse_positive(pid_text);
    if (pid < 0) {
      out.error = std::string("LISTEN_PID=") + pid_text + " is not a process id";
    } else if (pid == static_cast<long>(getpid())) {
      const long count = parse_positive(fds_text);
      if (count < 0 && std::string(fds_text) != "0") {
        out.error = std::string("LISTEN_FDS=") + fds_text + " is not a descriptor count";
      } else if (count > 0) {
        const std::vector<std::string> names = split_names(std::getenv("LISTEN_FDNAMES"));
        for (int fd = kFirstFd; fd < kFirstFd + count; ++fd) {
          InheritedSocket s = classify_socket(fd);
          if (static_cast<std::size_t>(fd - kFirstFd) < names.size()) s.name = names[fd - kFirstFd];
          int flags = fcntl(fd, F_GETFD);
          if (flags >= 0) (void)fcntl(fd, F_SETFD, flags | FD_CLOEXEC);
          out.sockets.push_back(std::move(s));
        }
      }
    }
  }
  unsetenv("LISTEN_PID");
  unsetenv("LISTEN_FDS");
  unsetenv("LISTEN_FDNAMES");
  return out;
}

}  // namespace netjs::core

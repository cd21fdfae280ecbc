#include "core/fd_reserve.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace netjs::core {

namespace {
// A pending queue is at most the listen backlog (511 here, somaxconn on Linux); the bound only keeps
// a flood that refills the queue as fast as it drains from holding the loop.
constexpr std::size_t kMaxDropsPerCall = 4096;
}  // namespace

DescriptorReserve::DescriptorReserve() { restore(); }

DescriptorReserve::~DescriptorReserve() {
  if (fd_ >= 0) ::close(fd_);
}

bool DescriptorReserve::restore() {
  if (fd_ >= 0) return true;
  fd_ = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  // Without /dev/null (a minimal chroot), any directory does as a placeholder.
  if (fd_ < 0) fd_ = ::open("/", O_RDONLY | O_CLOEXEC);
  return fd_ >= 0;
}

void DescriptorReserve::release_libuv_spare(uv_loop_t* loop) {
  // emfile_fd is libuv's (unix) field for its spare; -1 means "none", which makes its accept path
  // hand EMFILE to the connection callback.
  if (loop->emfile_fd >= 0) {
    ::close(loop->emfile_fd);
    loop->emfile_fd = -1;
  }
}

std::vector<Endpoint> DescriptorReserve::drain(int listen_fd) {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  std::vector<Endpoint> peers;
  while (peers.size() < kMaxDropsPerCall) {
    sockaddr_storage ss{};
    socklen_t len = sizeof(ss);
    int fd = ::accept4(listen_fd, reinterpret_cast<sockaddr*>(&ss), &len, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) {
      if (errno == EINTR || errno == ECONNABORTED) continue;
      break;  // EAGAIN: the queue is empty
    }
    ::close(fd);
    peers.push_back(from_sockaddr(reinterpret_cast<sockaddr*>(&ss)));
  }
  return peers;
}

}  // namespace netjs::core

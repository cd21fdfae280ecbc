#include "core/tcp_info.h"

#if defined(__linux__)
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstddef>
#endif

namespace netjs::core {

int read_tcp_info(const TcpSocket& socket, TcpInfo* info) {
#if defined(__linux__) && defined(TCP_INFO)
  int fd = -1;
  if (int rc = socket.fileno(&fd); rc != 0) return rc;
  tcp_info raw{};
  socklen_t len = sizeof(raw);
  if (getsockopt(fd, IPPROTO_TCP, TCP_INFO, &raw, &len) != 0) return uv_translate_sys_error(errno);
  // An older kernel fills less than the struct we know: the fields read here are all in its first
  // version (Linux 2.4), so only a reply shorter than those is refused.
  if (len < offsetof(tcp_info, tcpi_last_ack_recv) + sizeof(raw.tcpi_last_ack_recv)) return UV_ENOTSUP;
  info->last_ack_recv_ms = raw.tcpi_last_ack_recv;
  info->last_data_recv_ms = raw.tcpi_last_data_recv;
  info->last_data_sent_ms = raw.tcpi_last_data_sent;
  info->probes = raw.tcpi_probes;
  info->unacked = raw.tcpi_unacked;
  info->retransmits = raw.tcpi_retransmits;
  return 0;
#else
  (void)socket;
  (void)info;
  return UV_ENOTSUP;
#endif
}

}  // namespace netjs::core

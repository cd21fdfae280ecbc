// What the kernel knows about a TCP connection's recent traffic (Linux TCP_INFO), for diagnosing an
// idle connection: when the peer last acknowledged anything, and whether keepalive probes are going
// unanswered. Linux only; elsewhere reading it fails with UV_ENOTSUP and callers say nothing.
#pragma once

#include "core/tcp_socket.h"

#include <cstdint>

namespace netjs::core {

struct TcpInfo {
  uint32_t last_ack_recv_ms = 0;   // since the peer last acknowledged anything (a keepalive probe's answer too)
  uint32_t last_data_recv_ms = 0;  // since data last arrived (or the connection was set up)
  uint32_t last_data_sent_ms = 0;  // since we last sent data
  uint32_t probes = 0;             // keepalive (or zero-window) probes sent and not answered yet
  uint32_t unacked = 0;            // segments sent and not acknowledged
  uint32_t retransmits = 0;        // retransmissions of the current unacknowledged segment
};

// TCP_INFO of a connected socket. Returns 0, UV_ENOTSUP off Linux, or the libuv code of the failure.
[[nodiscard]] int read_tcp_info(const TcpSocket& socket, TcpInfo* info);

}  // namespace netjs::core

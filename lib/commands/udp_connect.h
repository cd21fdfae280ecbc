// `netjs connect -u`: a connected UDP socket (so an ICMP port unreachable comes back as ECONNREFUSED),
// each stdin line (or --send, or --send-file) one datagram, each reply datagram to stdout, as `nc -u`.
#pragma once

#include "commands/connect_session.h"

namespace netjs::commands {

// The largest UDP payload over IPv4 (65,535 - 8 - 20): a bigger --send-file is refused.
constexpr std::size_t kMaxDatagram = 65507;

int run_udp_connect(const ConnectPlan& plan);

}  // namespace netjs::commands

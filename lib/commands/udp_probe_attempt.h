// One UDP probe of one (host, port), for `netjs probe -u`: resolve, then from a connected UDP socket per
// family (the first address of each, at once, as the TCP probe does) send the --send datagram (empty
// without one) and wait for a reply. UDP has no handshake, so only a reply says "open"; an ICMP port
// unreachable (ECONNREFUSED on the connected socket) says "refused"; silence is "no-answer" (open or
// filtered: nobody can tell), never "open".
#pragma once

#include "commands/probe_attempt.h"

namespace netjs::commands {

// As start_probe: `done` runs once, on the loop; the attempt frees itself after its sockets close.
// ProbeResult::connect_ms is the reply's round trip (send to first reply).
void start_udp_probe(core::Loop& loop, const ProbeSpec& spec, ProbeDone done);

}  // namespace netjs::commands

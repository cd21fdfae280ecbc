// The pure parts of `netjs probe --hold`: which idle gaps to try, how to name an idle time, how a held
// flow died, and what TCP_INFO says about keepalive probes. No I/O, so they are unit-tested alone.
#pragma once

#include "core/error.h"
#include "core/tcp_info.h"

#include <string>
#include <vector>

namespace netjs::commands {

// The idle gaps, in milliseconds: `first_ms`, doubling while shorter than `longest_ms`, then
// `longest_ms` itself, so the last gap is exactly the duration asked for (15 s up to 5m: 15 s, 30 s,
// 1m, 2m, 4m, 5m). A first gap longer than the longest gives the one gap `longest_ms`.
std::vector<double> hold_gaps(double first_ms, double longest_ms);

// An idle time for people: "0.2 s", "1.5 s", "15 s", "31.2 s", "1m", "1m30s", "1h", "2h05m".
std::string format_idle(double ms);

// How a held flow died, from the error that ended it: "rst" (the peer or a middlebox tore it down:
// ECONNRESET, EPIPE, ECONNABORTED), "silence" (ETIMEDOUT: the kernel gave up on a peer that stopped
// answering), "error" for anything else (unreachable, ...).
const char* death_kind(const core::Error& err);

// What the client's TCP_INFO, read at the end of an idle gap of `idle_ms` held with keepalive every
// `interval_ms`, says about the keepalive probes.
enum class KeepaliveVerdict {
  kNotDue,      // the gap was shorter than the interval: no probe was sent
  kAnswered,    // the peer acknowledged something during the gap, and no probe is outstanding
  kUnanswered,  // probes are outstanding
  kUnknown,     // no acknowledgement seen, none outstanding: keepalive did not run as asked
};
KeepaliveVerdict keepalive_verdict(const core::TcpInfo& info, double interval_ms, double idle_ms);

}  // namespace netjs::commands

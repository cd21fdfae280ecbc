// `netjs probe --hold DURATION`: finds how long a flow may stay idle before a NAT or firewall on the
// path forgets it. One connection is held idle for growing gaps (--hold-start, doubling, up to
// DURATION), each followed by a one-byte echo; the first gap after which the byte does not come back
// (silence), or the connection is reset (RST) or closed (FIN), ends the run. With --keepalive-check, a
// second connection with TCP keepalive on is then held for that gap, to see whether keepalive keeps
// the flow alive.
#pragma once

#include <string>

namespace netjs::commands {

struct HoldPlan {
  std::string host;
  int port = 0;
  int family = 0;             // 0, 4, 6
  double timeout_ms = 3000;   // the connect, and each echo
  double hold_ms = 0;         // the longest idle gap: the last one tried
  double first_gap_ms = 15000;
  double keepalive_ms = 0;    // > 0: the keepalive check, probes this often (whole seconds)
  bool json = false;
};

// Runs the whole probe on its own loop; returns the exit code: 0 when the flow survived every gap,
// kExitTimeout when it died in silence, kExitNetwork when by RST or FIN; a connect failure's code
// as for any probe.
int run_hold_probe(const HoldPlan& plan);

}  // namespace netjs::commands

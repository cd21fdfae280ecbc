// What `netjs probe` was asked to do, as plain data (no command-line parser): cmd_probe fills it,
// the runner reads it.
#pragma once

#include "commands/common_options.h"

#include <string>
#include <vector>

namespace netjs::commands {

// One (host, port) to probe, from the expanded target list.
struct ProbeTarget {
  std::string host;
  int port = 0;
};

struct ProbeOptions {
  CommonOptions common;
  std::vector<std::string> targets;
  int count = 1;
  double interval = 1;     // seconds between attempts
  double wait = 0;         // seconds to keep trying until open; 0: off
  double timeout = 3;      // seconds per attempt
  std::string send;
  bool has_send = false;
  std::string expect;
  bool has_expect = false;
  bool udp = false;        // -u: a datagram and its reply instead of a TCP connect
  double hold = -1;             // --hold: the longest idle gap in seconds; -1: not given
  double hold_start = -1;       // --hold-start: the first gap; -1: not given (15 s)
  double keepalive_check = -1;  // --keepalive-check: the keepalive interval in seconds; -1: not given
  bool ascii = false;      // the -c pictures in ASCII even in a UTF-8 locale
};

}  // namespace netjs::commands

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
  bool ascii = false;      // the -c pictures in ASCII even in a UTF-8 locale
};

}  // namespace netjs::commands

// The data path of `netjs connect`: resolve, connect (trying each address in turn), then copy stdin
// (or --send / --send-file) to the socket and the socket to stdout, with backpressure both ways.
#pragma once

#include "commands/connect_options.h"

#include <cstdio>
#include <string>

namespace netjs::commands {

// The validated command line: option values already unescaped and parsed.
struct ConnectPlan {
  const ConnectOptions* opts = nullptr;
  int port = 0;
  std::string send;
  std::string expect;
  std::string source_host;  // empty: no bind
  int source_port = 0;
  std::FILE* hexdump = nullptr;  // --hexdump's destination, opened by the caller; nullptr: no dump
};

int run_connect_session(const ConnectPlan& plan);

}  // namespace netjs::commands

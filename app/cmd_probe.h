// `netjs probe TARGET...`: is the port open? DNS and connect times, the address used, and the
// failure class; repeated (--count) with a ping-style summary, or until open (--wait).
#pragma once

#include "cmd_common.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace netjs::app {

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
};

CLI::App* setup_probe(CLI::App& app, ProbeOptions& opts);
int run_probe(const ProbeOptions& opts);

}  // namespace netjs::app

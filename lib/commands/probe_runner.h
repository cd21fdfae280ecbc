// Runs the probes of `netjs probe` one target after another and prints each result and summary.
#pragma once

#include "commands/probe_options.h"

#include <string>
#include <vector>

namespace netjs::commands {

struct ProbePlan {
  const ProbeOptions* opts = nullptr;
  std::vector<ProbeTarget> targets;
  std::string send;
  std::string expect;
};

int run_probe_plan(const ProbePlan& plan);

}  // namespace netjs::commands

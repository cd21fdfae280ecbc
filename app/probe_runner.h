// Runs the probes of `netjs probe` one target after another and prints each result and summary.
#pragma once

#include "probe_options.h"
#include "probe_targets.h"

#include <string>
#include <vector>

namespace netjs::app {

struct ProbePlan {
  const ProbeOptions* opts = nullptr;
  std::vector<ProbeTarget> targets;
  std::string send;
  std::string expect;
};

int run_probe_plan(const ProbePlan& plan);

}  // namespace netjs::app

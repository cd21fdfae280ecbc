// `netjs probe TARGET...`: is the port open? DNS and connect times, the address used, and the
// failure class; repeated (--count) with a ping-style summary, or until open (--wait).
#pragma once

#include "commands/probe_options.h"

#include <CLI/CLI.hpp>

namespace netjs::app {

using commands::ProbeOptions;

CLI::App* setup_probe(CLI::App& app, ProbeOptions& opts);
int run_probe(const ProbeOptions& opts);

}  // namespace netjs::app

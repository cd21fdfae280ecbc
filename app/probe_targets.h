// The targets of `netjs probe`: "HOST PORT", "HOST:PORT", "[V6]:PORT", with port lists and ranges
// ("host 22,80,8000-8010"), expanded to one (host, port) pair per probe.
#pragma once

#include "commands/probe_options.h"

#include <string>
#include <vector>

namespace netjs::app {

using commands::ProbeTarget;

// Returns an empty string on success, or the usage error.
std::string parse_probe_targets(const std::vector<std::string>& args, std::vector<ProbeTarget>* out);

}  // namespace netjs::app

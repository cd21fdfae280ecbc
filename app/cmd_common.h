// Options every network subcommand shares: --json, -4/-6, and -q passed down from the global options.
#pragma once

#include "common_options.h"

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

void add_common_options(CLI::App& sub, CommonOptions& opts);
// Prints a usage error as one line on stderr ("netjs probe: MESSAGE (see 'netjs help probe')") and
// returns the usage exit code.
int usage_error(const std::string& command, const std::string& message);

// The usage error in a combination of them, or an empty string.
std::string check_common_options(const CommonOptions& opts);

}  // namespace netjs::app

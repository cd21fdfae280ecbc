// Options every network subcommand shares: --json, -4/-6, and -q passed down from the global options.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

struct CommonOptions {
  bool json = false;
  bool ipv4 = false;
  bool ipv6 = false;
  bool quiet = false;  // the global -q: no human status lines
  int family() const { return ipv4 ? 4 : ipv6 ? 6 : 0; }
};

void add_common_options(CLI::App& sub, CommonOptions& opts);
// Prints a usage error as one line on stderr ("netjs probe: MESSAGE (see 'netjs help probe')") and
// returns the usage exit code.
int usage_error(const std::string& command, const std::string& message);

// The usage error in a combination of them, or an empty string.
std::string check_common_options(const CommonOptions& opts);

}  // namespace netjs::app

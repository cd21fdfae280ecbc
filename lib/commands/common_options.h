// Options every network subcommand shares (--json, -4/-6, the global -q), as plain data: the sessions
// take them without the command-line parser.
#pragma once

namespace netjs::commands {

struct CommonOptions {
  bool json = false;
  bool ipv4 = false;
  bool ipv6 = false;
  bool quiet = false;  // the global -q: no human status lines
  int family() const { return ipv4 ? 4 : ipv6 ? 6 : 0; }
};

}  // namespace netjs::commands

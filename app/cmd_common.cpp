#include "cmd_common.h"

#include "exit_codes.h"

#include <iostream>

namespace netjs::app {

void add_common_options(CLI::App& sub, CommonOptions& opts) {
  sub.add_flag("-4", opts.ipv4, "Use IPv4 only");
  sub.add_flag("-6", opts.ipv6, "Use IPv6 only");
  sub.add_flag("--json", opts.json, "JSON Lines events on stdout instead of human-readable text");
}

int usage_error(const std::string& command, const std::string& message) {
  const std::string help = command.empty() ? "netjs --help" : "netjs help " + command;
  std::cerr << "netjs" << (command.empty() ? "" : " " + command) << ": " << message << " (see '" << help << "')\n";
  return kExitUsage;
}

std::string check_common_options(const CommonOptions& opts) {
  if (opts.ipv4 && opts.ipv6) return "-4 and -6 exclude each other";
  return {};
}

}  // namespace netjs::app

#include "cmd_common.h"

#include "cli_values.h"

#include "commands/exit_codes.h"

#include <iostream>

namespace netjs::app {

void add_common_options(CLI::App& sub, CommonOptions& opts) {
  sub.add_flag("-4", opts.ipv4, "Use IPv4 only");
  sub.add_flag("-6", opts.ipv6, "Use IPv6 only");
  sub.add_flag("--json", opts.json, "JSON Lines events on stdout instead of human-readable text");
}

std::string check_common_options(const CommonOptions& opts) {
  if (opts.ipv4 && opts.ipv6) return "-4 and -6 exclude each other";
  return {};
}

std::string unescape_send_expect(bool has_send, const std::string& send_text, bool has_expect,
                                 const std::string& expect_text, std::string* send, std::string* expect) {
  if (has_send) {
    std::string err = unescape(send_text, send);
    if (!err.empty()) return "--send: " + err;
  }
  if (has_expect) {
    std::string err = unescape(expect_text, expect);
    if (!err.empty()) return "--expect: " + err;
    if (expect->empty()) return "--expect: empty text";
  }
  return {};
}

}  // namespace netjs::app

#include "cmd_connect.h"

#include "cli_values.h"
#include "cmd_common.h"
#include "commands/connect_session.h"
#include "commands/udp_connect.h"
#include "core/address.h"
#include "commands/exit_codes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace netjs::app {

namespace {
// The help shows --hexdump as "--hexdump [=FILE]": CLI11 would add "{-}", its note of the value a
// bare --hexdump takes, which [=FILE] and the description already say for people.
class ConnectFormatter final : public CLI::Formatter {
 public:
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    std::string name = CLI::Formatter::make_option_name(opt, is_positional);
    if (auto at = name.find("--hexdump{-}"); at != std::string::npos) name.erase(at + 9, 3);
    return name;
  }
};
}  // namespace

CLI::App* setup_connect(CLI::App& app, ConnectOptions& opts) {
  CLI::App* sub = app.add_subcommand("connect", "Connect to HOST PORT: stdin goes to the socket, the socket to stdout (like nc; -u: UDP)");
  sub->add_option("HOST", opts.host, "Name or address to connect to")->required();
  sub->add_option("PORT", opts.port_text, "Port (1-65535)")->required()->check(port_validator(1))->option_text("PORT");
  auto* send = sub->add_option_function<std::string>(
      "--send", [&opts](const std::string& v) { opts.send = v; opts.has_send = true; },
      "Send TEXT instead of reading stdin (escapes: \\n \\r \\t \\0 \\\\ \\xHH)");
  send->option_text("TEXT");
  auto* send_file = sub->add_option("--send-file", opts.send_file, "Send the contents of FILE instead of reading stdin");
  send_file->option_text("FILE");
  send->excludes(send_file);
  sub->add_option_function<std::string>(
      "--expect", [&opts](const std::string& v) { opts.expect = v; opts.has_expect = true; },
      "Exit 0 only if the reply contains TEXT within --timeout of connecting (same escapes); exit as soon as it does")
      ->option_text("TEXT");
  sub->add_option("-t,--timeout", opts.timeout,
                  "Give up connecting (DNS included) after this long, and wait this long for --expect; 0: never (default: 10s)")
      ->transform(duration_validator())->option_text("SECONDS");
  sub->add_option("--idle-timeout", opts.idle_timeout, "Give up when no data has moved either way for this long (default: never)")
      ->transform(duration_validator())->option_text("SECONDS");
  sub->add_option_function<std::string>(
      "--on-eof", [&opts](const std::string& v) { opts.on_eof = v; opts.has_on_eof = true; },
                  "When the input ends: shutdown (send FIN, keep reading until the peer closes, like nc -N), "
                  "wait (keep reading, send no FIN), exit (close at once) (default: shutdown)")
      ->check(CLI::IsMember({"shutdown", "wait", "exit"}))
      ->option_text("POLICY");
  sub->add_option("-s,--source", opts.source, "Local address to connect from: ADDR, ADDR:PORT or [V6]:PORT")
      ->option_text("ADDR[:PORT]");
  sub->add_flag("--keepalive", opts.keepalive, "Enable TCP keepalive");
  sub->add_flag("--nodelay", opts.nodelay, "Disable Nagle's algorithm (TCP_NODELAY)");
  // A flag with an optional value: only --hexdump=FILE names a file, so `--hexdump HOST PORT` keeps HOST.
  sub->add_flag("--hexdump{-}", opts.hexdump,
                "Dump every byte sent and received (direction, offset, time since connecting; hex and ASCII) "
                "to stderr, or to FILE with --hexdump=FILE; stdout still carries only the data")
      ->option_text("[=FILE]");
  sub->add_flag("-u,--udp", opts.udp,
                "UDP: each stdin line (newline kept), --send or --send-file (at most 65507 bytes) is one datagram; "
                "replies go to stdout; at the end of input wait --timeout for replies, then exit 0");
  sub->formatter(std::make_shared<ConnectFormatter>());
  add_common_options(*sub, opts.common);
  return sub;
}

int run_connect(const ConnectOptions& opts) {
  auto usage = [](const std::string& msg) { return usage_error("connect", msg); };
  if (std::string e = check_common_options(opts.common); !e.empty()) return usage(e);
  commands::ConnectPlan plan;
  plan.opts = &opts;
  if (opts.host.empty()) return usage("missing host");
  std::string err = parse_port(opts.port_text, &plan.port);
  if (!err.empty()) return usage(err);
  const int family = opts.common.family();
  if (family != 0 && core::ip_family(opts.host) != 0 && core::ip_family(opts.host) != family) {
    return usage(opts.host + " is not an IPv" + std::to_string(family) + " address");
  }
  err = unescape_send_expect(opts.has_send, opts.send, opts.has_expect, opts.expect, &plan.send, &plan.expect);
  if (!err.empty()) return usage(err);
  if (!opts.send_file.empty() && ::access(opts.send_file.c_str(), R_OK) != 0) {
    return usage("cannot read --send-file '" + opts.send_file + "'");
  }
  if (!opts.source.empty()) {
    int port = -1;
    err = parse_host_port(opts.source, &plan.source_host, &port, true);
    if (!err.empty()) return usage("--source: " + err);
    if (core::ip_family(plan.source_host) == 0) return usage("--source: '" + plan.source_host + "' is not a numeric IP address");
    if (family != 0 && core::ip_family(plan.source_host) != family) {
      return usage("--source " + plan.source_host + " is not an IPv" + std::to_string(family) + " address");
    }
    plan.source_port = port < 0 ? 0 : port;
  }
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> dump_file(nullptr, &std::fclose);
  if (!opts.hexdump.empty()) {
    if (opts.hexdump == "-") {
      plan.hexdump = stderr;
    } else {
      // Opened (and truncated) before connecting: a dump that cannot be written is a usage error.
      dump_file.reset(std::fopen(opts.hexdump.c_str(), "w"));
      if (!dump_file) return usage("cannot write --hexdump file '" + opts.hexdump + "': " + std::strerror(errno));
      plan.hexdump = dump_file.get();
    }
  }
  if (opts.udp) {
    if (opts.keepalive) return usage("-u has no --keepalive: it is a TCP option");
    if (opts.nodelay) return usage("-u has no --nodelay: it is a TCP option");
    if (opts.has_on_eof) return usage("-u has no --on-eof: UDP sends no end of stream (at the end of input, connect waits --timeout for replies)");
    return commands::run_udp_connect(plan);
  }
  return commands::run_connect_session(plan);
}

}  // namespace netjs::app

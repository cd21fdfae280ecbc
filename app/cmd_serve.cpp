#include "cmd_serve.h"

#include "cli_values.h"
#include "cmd_common.h"
#include "core/address.h"
#include "core/inherited_sockets.h"
#include "commands/exit_codes.h"
#include "commands/serve_script.h"
#include "commands/serve_server.h"
#include "commands/udp_serve.h"

#include <cstdio>
#include <iostream>
#include <unistd.h>

namespace netjs::app {

CLI::App* setup_serve(CLI::App& app, ServeOptions& opts) {
  CLI::App* sub = app.add_subcommand("serve", "Run a TCP server: echo, discard, sink, chargen, or a JS module per connection (-u: UDP, per datagram)");
  sub->add_option("--host", opts.host,
                  "Address or name to listen on (default: all addresses, IPv6 and IPv4, or IPv4 alone without IPv6)")
      ->option_text("ADDR")
      ->each([&opts](const std::string&) { opts.address_given = true; });
  sub->add_option("-p,--port", opts.port, "Port to listen on; 0 picks a free one and prints it (default: 22702). Started by systemd's "
                  "socket activation (netjs.socket, LISTEN_FDS), serve takes the socket given and ignores --host, "
                  "--port, -4, -6")
      ->check(port_validator(0))
      ->each([&opts](const std::string&) { opts.address_given = true; })
      ->option_text("PORT");
  auto* mode = sub->add_option("-m,--mode", opts.mode,
                               "echo (send everything back), discard (drop it), sink (write it to stdout; stops with exit 6 "
                               "when stdout fails, e.g. EPIPE), "
                               "chargen (send a character pattern) (default: echo)")
                   ->check(CLI::IsMember({"echo", "discard", "sink", "chargen"}))
                   ->option_text("MODE");
  auto* script = sub->add_option("--script", opts.script,
                                 "JS module that gets each connection as a net.Socket: it exports function (socket) "
                                 "or an object with onConnection(socket)");
  script->excludes(mode);
  script->option_text("FILE.js");
  sub->add_option("--print-script", opts.print_script,
                  "Print a JS module equivalent to MODE, to start a --script from, and exit")
      ->check(CLI::IsMember({"echo", "discard", "sink", "chargen"}))
      ->option_text("MODE");
  sub->add_option("--max-connections", opts.max_connections,
                  "Serve at most N clients at once; more are accepted and closed at once, and logged (default: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->option_text("N");
  sub->add_option("--idle-timeout", opts.idle_timeout, "Close a client after this long without traffic (seconds, or 500ms, 2m)")
      ->transform(duration_validator())
      ->option_text("SECONDS");
  sub->add_flag("--once", opts.once, "Serve one client: stop listening after the first connection, exit when it closes");
  sub->add_flag("--keepalive", opts.keepalive, "Enable TCP keepalive on every connection");
  sub->add_flag("-u,--udp", opts.udp,
                "UDP: one socket answering each datagram (echo, discard, sink); --once stops after the first "
                "datagram, --idle-timeout after that long without one");
  sub->add_option("--stats-interval", opts.stats_interval,
                  "Every DURATION, one status line on stderr (a 'stats' event with --json): connections now and in "
                  "all, bytes in and out, rates over the interval")
      ->transform(duration_validator())
      ->option_text("DURATION");
  add_common_options(*sub, opts.common);
  return sub;
}

namespace {

// Socket activation: takes the inherited socket (if any) into `opts`. Returns a usage error's exit
// code, or kExitOk.
int adopt_inherited_socket(ServeOptions& opts) {
  auto usage = [](const std::string& msg) { return usage_error("serve", msg); };
  core::InheritedSockets inherited = core::take_inherited_sockets();
  if (!inherited.error.empty()) return usage("socket activation: " + inherited.error);
  if (inherited.sockets.empty()) return kExitOk;
  const std::size_t n = inherited.sockets.size();
  if (n > 1) {
    return usage("socket activation passed " + std::to_string(n) + " sockets (LISTEN_FDS=" + std::to_string(n) +
                 "); serve takes one: give the socket unit a single Listen line");
  }
  const core::InheritedSocket& s = inherited.sockets.front();
  const std::string which = "inherited descriptor " + std::to_string(s.fd) + (s.name.empty() ? "" : " (" + s.name + ")");
  if (s.kind == core::InheritedSocket::Kind::kUnsupported) {
    return usage("socket activation: " + which + " is " + s.what + "; serve takes a listening TCP socket or a UDP socket");
  }
  if (s.kind == core::InheritedSocket::Kind::kTcpListener && opts.udp) {
    return usage("-u, but the " + which + " is a TCP socket (a UDP socket unit has ListenDatagram=)");
  }
  if (s.kind == core::InheritedSocket::Kind::kUdp) opts.udp = true;
  opts.inherited_fd = s.fd;
  opts.inherited_ipv6_only = s.ipv6_only;
  if (opts.common.family() != 0) opts.address_given = true;
  return kExitOk;
}

}  // namespace

int run_serve(const ServeOptions& given) {
  auto usage = [](const std::string& msg) { return usage_error("serve", msg); };
  if (std::string e = check_common_options(given.common); !e.empty()) return usage(e);
  ServeOptions opts = given;
  const bool udp_asked = opts.udp;
  if (given.print_script.empty()) {
    if (int rc = adopt_inherited_socket(opts); rc != kExitOk) return rc;
  }
  if (!opts.print_script.empty()) {
    std::string_view source = commands::mode_script(opts.print_script);
    std::fwrite(source.data(), 1, source.size(), stdout);
    return kExitOk;
  }
  const int family = opts.common.family();
  if (!opts.host.empty() && family != 0 && opts.inherited_fd < 0) {
    int f = core::ip_family(opts.host);
    if (f != 0 && f != family) return usage("--host " + opts.host + " is not an IPv" + std::to_string(family) + " address");
  }
  if (opts.udp) {
    // An inherited UDP socket means -u; the messages then say where UDP came from.
    const std::string u = udp_asked ? "-u" : "an inherited UDP socket (socket activation)";
    if (!opts.script.empty()) return usage(u + " has no --script: a script gets connections, UDP has none");
    if (opts.mode == "chargen") return usage(u + " has no --mode chargen: chargen needs a connection to stream to");
    if (opts.max_connections != 0) return usage(u + " has no --max-connections: UDP has no connections");
    if (opts.keepalive) return usage(u + " has no --keepalive: it is a TCP option");
  }
  if (!opts.script.empty()) {
    if (::access(opts.script.c_str(), R_OK) != 0) return usage("cannot read script '" + opts.script + "'");
    return commands::run_script_server(opts);
  }
  if (opts.mode == "sink" && opts.common.json) return usage("--mode sink writes data to stdout; it cannot be combined with --json");
  commands::ServeMode mode = opts.mode == "discard" ? commands::ServeMode::kDiscard
                   : opts.mode == "sink"  ? commands::ServeMode::kSink
                   : opts.mode == "chargen" ? commands::ServeMode::kChargen
                                            : commands::ServeMode::kEcho;
  if (opts.udp) return commands::run_udp_server(opts, mode);
  return commands::run_native_server(opts, mode);
}

}  // namespace netjs::app

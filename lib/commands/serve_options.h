// What `netjs serve` was asked to do, as plain data (no command-line parser): cmd_serve fills it,
// the servers read it.
#pragma once

#include "commands/common_options.h"

#include <string>


namespace netjs::commands {

struct ServeOptions {
  CommonOptions common;
  std::string host;            // empty: dual-stack "::", falling back to 0.0.0.0
  int port = 22702;
  std::string mode = "echo";   // echo, discard, sink, chargen
  std::string script;          // a JS module that gets each connection
  std::string print_script;    // print the equivalent module for this mode and exit
  int max_connections = 0;     // 0: unlimited
  double idle_timeout = 0;     // seconds; 0: none
  bool once = false;
  bool keepalive = false;
  bool udp = false;            // -u: one UDP socket, answering per datagram
  double stats_interval = 0;   // seconds between status lines / stats events; 0: none
  std::string exec_path;       // argv[0], for the script's process.execPath
  // Socket activation (core/inherited_sockets): the inherited listening socket to serve on instead of
  // binding (-1: none); --host/--port/-4/-6 are then ignored, and address_given says one was given.
  int inherited_fd = -1;
  bool inherited_ipv6_only = false;
  bool address_given = false;
};

// The end of serve's "listening on" status line under socket activation ("" otherwise): where the
// socket came from, and that the address options were ignored.
inline std::string activation_note(const ServeOptions& opts) {
  if (opts.inherited_fd < 0) return {};
  return std::string(", socket activation (inherited descriptor ") + std::to_string(opts.inherited_fd) + ")" +
         (opts.address_given ? "; --host, --port, -4, -6 ignored" : "");
}

}  // namespace netjs::commands

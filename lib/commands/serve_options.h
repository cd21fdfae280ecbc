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
};

}  // namespace netjs::commands

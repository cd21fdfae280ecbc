// `netjs connect HOST PORT`: stdin to the socket, the socket to stdout, like nc.
#pragma once

#include "cmd_common.h"

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

struct ConnectOptions {
  CommonOptions common;
  std::string host;
  std::string port_text;
  std::string send;             // --send TEXT (escapes allowed), instead of stdin
  bool has_send = false;
  std::string send_file;        // --send-file FILE, instead of stdin
  std::string expect;           // --expect TEXT: succeed only if the reply contains it
  bool has_expect = false;
  double timeout = 10;          // seconds for DNS + connect, and for --expect after connecting; 0: none
  double idle_timeout = 0;      // seconds without traffic; 0: none
  std::string on_eof = "shutdown";  // shutdown, wait, exit
  std::string source;           // ADDR[:PORT] to bind before connecting
  bool keepalive = false;
  bool nodelay = false;
};

CLI::App* setup_connect(CLI::App& app, ConnectOptions& opts);
int run_connect(const ConnectOptions& opts);

}  // namespace netjs::app

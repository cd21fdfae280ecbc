// What `netjs connect` was asked to do, as plain data (no command-line parser): cmd_connect fills it,
// the session reads it.
#pragma once

#include "commands/common_options.h"

#include <string>


namespace netjs::commands {

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
  bool has_on_eof = false;          // given on the command line (an error with -u)
  std::string source;           // ADDR[:PORT] to bind before connecting
  bool keepalive = false;
  bool nodelay = false;
  std::string hexdump;          // --hexdump[=FILE]: "-" for stderr, a file name, empty: no dump
  bool udp = false;             // -u: a connected UDP socket, one datagram per line
};

}  // namespace netjs::commands

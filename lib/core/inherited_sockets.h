// Sockets handed over by a service manager: systemd's socket activation protocol (sd_listen_fds(3):
// LISTEN_PID, LISTEN_FDS, LISTEN_FDNAMES; descriptors from 3 on), read without libsystemd.
#pragma once

#include <string>
#include <vector>

namespace netjs::core {

struct InheritedSocket {
  enum class Kind { kTcpListener, kUdp, kUnsupported };
  int fd = -1;
  Kind kind = Kind::kUnsupported;
  std::string name;      // its LISTEN_FDNAMES entry ("" when none)
  bool ipv6_only = false;  // an IPv6 socket with IPV6_V6ONLY (a "::" one then takes no IPv4)
  std::string what;      // kUnsupported: what it is instead ("not a socket", "a connected TCP socket", ...)
};

struct InheritedSockets {
  std::vector<InheritedSocket> sockets;  // empty: none were passed (or they were meant for another process)
  std::string error;                     // a malformed LISTEN_FDS / LISTEN_PID; sockets is then empty
};

// Reads the protocol's variables and unsets them, whatever they say, so a child process (a script's
// child_process) does not take the descriptors for its own; marks each descriptor close-on-exec for
// the same reason. LISTEN_PID other than ours means the variables were meant for another process and
// are ignored, as sd_listen_fds() does.
InheritedSockets take_inherited_sockets();

// What the descriptor is, as take_inherited_sockets() reports it (kind and `what`).
InheritedSocket classify_socket(int fd);

}  // namespace netjs::core

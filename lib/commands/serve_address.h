// Where `netjs serve` listens, from --host and -4/-6, for the TCP and the UDP server alike: by default
// the dual-stack "::" (falling back to 0.0.0.0 where the host has no IPv6), "0.0.0.0" with -4, "::"
// IPv6-only with -6; a numeric --host as it is; a name's first address (of the family asked).
// Also how both open their socket there (falling back to IPv4), and the stop signals both watch.
#pragma once

#include "commands/serve_options.h"
#include "core/error.h"
#include "core/loop.h"

#include <sys/socket.h>

#include <functional>
#include <string>

namespace netjs::commands {

struct ServeAddress {
  std::string address;
  bool ipv6_only = false;
  bool may_fall_back = false;  // "::" failed to bind: try 0.0.0.0 (no IPv6 on this host)
};

struct ServeAddressCallbacks {
  std::function<void(const ServeAddress&)> ready;
  // A --host name that does not resolve: a bad option value (the message for usage_error), not a
  // network failure.
  std::function<void(const std::string& message)> bad_host;
  // The lookup could not even start.
  std::function<void(const core::Error&)> failed;
};

// Calls exactly one callback: at once for a numeric or default address, after the lookup for a name.
void resolve_serve_address(core::Loop& loop, const ServeOptions& opts, ServeAddressCallbacks cb);

// Opens a server's own socket: bound to `sa`, or, with `sa` null, the inherited one (socket
// activation). Returns 0 or a libuv error, and leaves nothing open on failure.
using OpenServeSocket = std::function<int(const sockaddr* sa, bool ipv6_only)>;

// Opens the socket on `a` and, when "::" fails there and `a` allows it (no IPv6 on this host), on
// 0.0.0.0; `*ipv6_only` says which. The error carries `syscall` ("listen", "bind") and the address.
core::Error open_on_serve_address(const ServeAddress& a, int port, const char* syscall,
                                  const OpenServeSocket& open, bool* ipv6_only);

// SIGINT and SIGTERM call `stop` with the signal's name; one that cannot be watched is logged.
void watch_stop_signals(core::Loop& loop, const std::function<void(const std::string& signal)>& stop);

}  // namespace netjs::commands

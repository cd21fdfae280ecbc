// Where `netjs serve` listens, from --host and -4/-6, for the TCP and the UDP server alike: by default
// the dual-stack "::" (falling back to 0.0.0.0 where the host has no IPv6), "0.0.0.0" with -4, "::"
// IPv6-only with -6; a numeric --host as it is; a name's first address (of the family asked).
// Also the stop signals both servers watch.
#pragma once

#include "commands/serve_options.h"
#include "core/error.h"
#include "core/loop.h"

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

// SIGINT and SIGTERM call `stop` with the signal's name; one that cannot be watched is logged.
void watch_stop_signals(core::Loop& loop, const std::function<void(const std::string& signal)>& stop);

}  // namespace netjs::commands

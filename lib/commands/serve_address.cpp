#include "commands/serve_address.h"

#include "commands/output.h"
#include "core/address.h"
#include "core/dns.h"
#include "core/signal.h"
#include "log/log.h"

#include <csignal>
#include <vector>

namespace netjs::commands {

void resolve_serve_address(core::Loop& loop, const ServeOptions& opts, ServeAddressCallbacks cb) {
  const int family = opts.common.family();
  if (opts.host.empty()) {
    if (family == 4) cb.ready({"0.0.0.0", false, false});
    else cb.ready({"::", family == 6, family == 0});
    return;
  }
  if (core::ip_family(opts.host) != 0) {
    cb.ready({opts.host, family == 6, false});
    return;
  }
  core::LookupOptions lo;
  lo.family = family;
  int err = 0;
  const std::string host = opts.host;
  core::Lookup::start(loop, host, lo, [cb, host, family](const core::Error& e, const std::vector<core::Endpoint>& addrs) {
    if (e) {
      cb.bad_host("--host " + host + " does not resolve: " + describe_error(e));
      return;
    }
    cb.ready({addrs.front().address, family == 6, false});
  }, &err);
  if (err != 0) cb.failed(core::make_error(err, "getaddrinfo", host));
}

core::Error open_on_serve_address(const ServeAddress& a, int port, const char* syscall,
                                  const OpenServeSocket& open, bool* ipv6_only) {
  sockaddr_storage ss{};
  int rc = core::to_sockaddr(a.address, port, &ss);
  if (rc == 0) rc = open(reinterpret_cast<const sockaddr*>(&ss), a.ipv6_only);
  if (rc == 0) {
    *ipv6_only = a.ipv6_only;
    return {};
  }
  if (!a.may_fall_back) return core::make_error(rc, syscall, a.address, port);
  // No IPv6 on this host (an OpenWrt build without it, a container): serve IPv4 alone.
  log::get()->info("serve: {} on [::]:{} failed ({}); falling back to IPv4", syscall, port,
                   core::make_error(rc, syscall).name());
  return open_on_serve_address({"0.0.0.0", false, false}, port, syscall, open, ipv6_only);
}

void watch_stop_signals(core::Loop& loop, const std::function<void(const std::string& signal)>& stop) {
  for (int sig : {SIGINT, SIGTERM}) {
    int err = 0;
    core::Signal::start(loop, sig, [stop](core::Signal&, int signum) {
      stop(signum == SIGINT ? "SIGINT" : "SIGTERM");
    }, &err);
    if (err != 0) log::get()->warn("serve: cannot watch signal {}: {}", sig, core::make_error(err, "signal").name());
  }
}

}  // namespace netjs::commands

#include "probe_targets.h"

#include "cli_values.h"

namespace netjs::app {

namespace {

// More than this many probes from one command line is almost certainly a typo ("1-65535").
constexpr std::size_t kMaxTargets = 4096;

bool looks_like_ports(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789,-") == std::string::npos;
}

// "22,80,8000-8010" -> the ports, in order.
std::string parse_ports(const std::string& spec, std::vector<int>* ports) {
  std::size_t start = 0;
  while (start <= spec.size()) {
    std::size_t comma = spec.find(',', start);
    std::string item = spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (item.empty()) return "empty item in port list '" + spec + "'";
    std::size_t dash = item.find('-');
    int lo = 0, hi = 0;
    std::string err = parse_port(item.substr(0, dash), &lo);
    if (!err.empty()) return err;
    hi = lo;
    if (dash != std::string::npos) {
      err = parse_port(item.substr(dash + 1), &hi);
      if (!err.empty()) return err;
      if (hi < lo) return "bad port range '" + item + "' (high end below low end)";
    }
    for (int p = lo; p <= hi; ++p) {
      ports->push_back(p);
      if (ports->size() > kMaxTargets) return "too many ports (at most " + std::to_string(kMaxTargets) + ")";
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return {};
}

}  // namespace

std::string parse_probe_targets(const std::vector<std::string>& args, std::vector<ProbeTarget>* out) {
  if (args.empty()) return "missing target (HOST PORT, HOST:PORT or [V6]:PORT)";
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    std::string host, spec;
    if (a.empty()) return "empty target";
    if (a[0] == '[') {
      auto close = a.find(']');
      if (close == std::string::npos) return "missing ']' in '" + a + "'";
      host = a.substr(1, close - 1);
      if (close + 1 < a.size()) {
        if (a[close + 1] != ':') return "expected ':PORT' after ']' in '" + a + "'";
        spec = a.substr(close + 2);
        if (spec.empty()) return "missing port in '" + a + "'";
      }
    } else {
      auto colon = a.find(':');
      bool one_colon = colon != std::string::npos && a.find(':', colon + 1) == std::string::npos;
      if (one_colon) {
        host = a.substr(0, colon);
        spec = a.substr(colon + 1);
        if (host.empty()) return "missing host in '" + a + "'";
        if (spec.empty()) return "missing port in '" + a + "'";
      } else {
        if (looks_like_ports(a)) return "missing host before port '" + a + "'";
        host = a;  // a name, an IPv4 address or a bare IPv6 address: the port follows
      }
    }
    if (host.empty()) return "empty host in '" + a + "'";
    if (spec.empty()) {
      if (i + 1 >= args.size()) return "missing port for '" + host + "'";
      spec = args[++i];
    }
    std::vector<int> ports;
    std::string err = parse_ports(spec, &ports);
    if (!err.empty()) return err;
    for (int p : ports) {
      out->push_back({host, p});
      if (out->size() > kMaxTargets) return "too many targets (at most " + std::to_string(kMaxTargets) + ")";
    }
  }
  return {};
}

}  // namespace netjs::app

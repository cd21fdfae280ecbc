#include "core/address.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <uv.h>

#include <cstring>

namespace netjs::core {

int to_sockaddr(const std::string& address, int port, sockaddr_storage* out) {
  std::memset(out, 0, sizeof(*out));
  if (uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(out)) == 0) return 0;
  // uv_ip6_addr accepts a scope suffix ("fe80::1%eth0").
  return uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(out));
}

int to_sockaddr(const std::string& address, int port, int family, sockaddr_storage* out) {
  std::memset(out, 0, sizeof(*out));
  if (family == 4) return uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(out));
  if (family == 6) return uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(out));
  return UV_EINVAL;
}

Endpoint from_sockaddr(const sockaddr* sa) {
  Endpoint ep;
  char buf[INET6_ADDRSTRLEN + 16] = {0};
  if (sa->sa_family == AF_INET) {
    auto* in = reinterpret_cast<const sockaddr_in*>(sa);
    uv_ip4_name(in, buf, sizeof(buf));
    ep.port = ntohs(in->sin_port);
    ep.family = 4;
  } else if (sa->sa_family == AF_INET6) {
    auto* in6 = reinterpret_cast<const sockaddr_in6*>(sa);
    uv_ip6_name(in6, buf, sizeof(buf));
    ep.port = ntohs(in6->sin6_port);
    ep.family = 6;
  }
  ep.address = buf;
  return ep;
}

int ip_family(const std::string& text) {
  unsigned char tmp[sizeof(in6_addr)];
  if (text.empty()) return 0;
  if (inet_pton(AF_INET, text.c_str(), tmp) == 1) return 4;
  // Node accepts a zone index on IPv6 ("fe80::1%lo"); inet_pton does not.
  std::string v6 = text.substr(0, text.find('%'));
  if (inet_pton(AF_INET6, v6.c_str(), tmp) == 1) return 6;
  return 0;
}

std::string host_port(const std::string& host, int port) {
  return (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
}

std::string host_port(const Endpoint& ep) { return host_port(ep.address, ep.port); }

}  // namespace netjs::core

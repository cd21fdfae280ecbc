// Socket addresses in the textual form users and Node see: ("::1", 8000, family 6).
#pragma once

#include <string>

struct sockaddr;
struct sockaddr_storage;

namespace netjs::core {

struct Endpoint {
  std::string address;  // numeric, no brackets: "127.0.0.1", "::1"
  int port = 0;
  int family = 0;       // 4 or 6, 0 = unknown
};

// Parses a numeric IPv4/IPv6 address (no name resolution). Returns a libuv error code.
[[nodiscard]] int to_sockaddr(const std::string& address, int port, sockaddr_storage* out);
// The same, for one family only (4 or 6): UV_EINVAL for an address of the other one.
[[nodiscard]] int to_sockaddr(const std::string& address, int port, int family, sockaddr_storage* out);
Endpoint from_sockaddr(const sockaddr* sa);
// 4 or 6 when `text` is a numeric address of that family, 0 otherwise (like Node's net.isIP).
int ip_family(const std::string& text);
// "host:port" as users type it and tools print it, an IPv6 address in brackets: "[::1]:8000".
std::string host_port(const std::string& host, int port);
std::string host_port(const Endpoint& ep);

}  // namespace netjs::core

// Socket addresses in text: numeric parsing both ways, the family of a string, and host:port as
// every subcommand prints it.
#include "core/address.h"

#include <doctest/doctest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <uv.h>

using namespace netjs::core;

TEST_CASE("to_sockaddr / from_sockaddr: a numeric address and port survive the round trip") {
  for (const char* text : {"127.0.0.1", "::1", "0.0.0.0", "::", "192.0.2.200", "2001:db8::1"}) {
    sockaddr_storage ss{};
    REQUIRE(to_sockaddr(text, 22702, &ss) == 0);
    Endpoint ep = from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
    CHECK(ep.address == text);
    CHECK(ep.port == 22702);
    CHECK(ep.family == ip_family(text));
  }
  sockaddr_storage ss{};
  CHECK(to_sockaddr("localhost", 1, &ss) != 0);  // no name resolution here
  CHECK(to_sockaddr("::1", 1, 4, &ss) == UV_EINVAL);
  CHECK(to_sockaddr("127.0.0.1", 1, 6, &ss) == UV_EINVAL);
}

TEST_CASE("ip_family: like Node's net.isIP, zone index accepted") {
  CHECK(ip_family("10.1.2.3") == 4);
  CHECK(ip_family("fe80::1%lo") == 6);
  CHECK(ip_family("") == 0);
  CHECK(ip_family("example.org") == 0);
  CHECK(ip_family("1.2.3") == 0);
}

TEST_CASE("host_port: an IPv6 address in brackets, anything else as it is") {
  CHECK(host_port("127.0.0.1", 80) == "127.0.0.1:80");
  CHECK(host_port("::1", 8000) == "[::1]:8000");
  CHECK(host_port("fe80::1%eth0", 22) == "[fe80::1%eth0]:22");
  CHECK(host_port("example.org", 443) == "example.org:443");
  CHECK(host_port(Endpoint{"::", 0, 6}) == "[::]:0");
  CHECK(host_port(Endpoint{"192.0.2.1", 53, 4}) == "192.0.2.1:53");
}

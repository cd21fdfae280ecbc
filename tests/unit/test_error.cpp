// Error: libuv code -> name, description and Node's message shape. Address helpers: numeric parsing
// (to_sockaddr), formatting (from_sockaddr) and classification (ip_family).
#include "helpers.h"

#include <arpa/inet.h>

#include <cstring>

using namespace netjs::core;

TEST_CASE("Error: an empty error is falsy and reads OK") {
  Error e;
  CHECK_FALSE(static_cast<bool>(e));
  CHECK(e.code == 0);
  CHECK(std::string(e.name()) == "OK");
  CHECK(e.description() == "success");
  CHECK(e.message() == "OK");
  CHECK(e.port == -1);
}

TEST_CASE("Error: connect ECONNREFUSED message in Node's shape") {
  Error e = make_error(UV_ECONNREFUSED, "connect", "127.0.0.1", 8000);
  CHECK(static_cast<bool>(e));
  CHECK(e.code == UV_ECONNREFUSED);
  CHECK(std::string(e.name()) == "ECONNREFUSED");
  CHECK(e.description() == "connection refused");
  CHECK(e.syscall == "connect");
  CHECK(e.address == "127.0.0.1");
  CHECK(e.port == 8000);
  CHECK(e.message() == "connect ECONNREFUSED 127.0.0.1:8000");
}

TEST_CASE("Error: IPv6 address, port 0, no port, no address, no syscall") {
  CHECK(make_error(UV_ECONNRESET, "read", "::1", 443).message() == "read ECONNRESET ::1:443");
  CHECK(make_error(UV_EADDRINUSE, "listen", "0.0.0.0", 0).message() == "listen EADDRINUSE 0.0.0.0:0");
  CHECK(make_error(UV_EAI_NONAME, "getaddrinfo", "nonexistent.invalid").message() ==
        "getaddrinfo EAI_NONAME nonexistent.invalid");
  CHECK(make_error(UV_EPIPE, "write").message() == "write EPIPE");
  CHECK(make_error(UV_ETIMEDOUT, "").message() == "ETIMEDOUT");
  CHECK(std::string(make_error(UV_ECANCELED, "x").name()) == "ECANCELED");
  CHECK(std::string(make_error(UV_EAI_AGAIN, "getaddrinfo").name()) == "EAI_AGAIN");
}

TEST_CASE("to_sockaddr: IPv4") {
  sockaddr_storage ss;
  REQUIRE(to_sockaddr("127.0.0.1", 8080, &ss) == 0);
  REQUIRE(ss.ss_family == AF_INET);
  auto* in = reinterpret_cast<sockaddr_in*>(&ss);
  CHECK(ntohs(in->sin_port) == 8080);
  CHECK(ntohl(in->sin_addr.s_addr) == 0x7f000001u);

  REQUIRE(to_sockaddr("0.0.0.0", 0, &ss) == 0);
  CHECK(ss.ss_family == AF_INET);
  CHECK(reinterpret_cast<sockaddr_in*>(&ss)->sin_addr.s_addr == 0);
}

TEST_CASE("to_sockaddr: IPv6, with and without a scope") {
  sockaddr_storage ss;
  REQUIRE(to_sockaddr("::1", 443, &ss) == 0);
  REQUIRE(ss.ss_family == AF_INET6);
  auto* in6 = reinterpret_cast<sockaddr_in6*>(&ss);
  CHECK(ntohs(in6->sin6_port) == 443);
  in6_addr loopback = IN6ADDR_LOOPBACK_INIT;
  CHECK(std::memcmp(&in6->sin6_addr, &loopback, sizeof(loopback)) == 0);

  REQUIRE(to_sockaddr("::", 1, &ss) == 0);
  CHECK(ss.ss_family == AF_INET6);

  REQUIRE(to_sockaddr("fe80::1%lo", 80, &ss) == 0);
  CHECK(ss.ss_family == AF_INET6);
  CHECK(reinterpret_cast<sockaddr_in6*>(&ss)->sin6_scope_id != 0);
}

TEST_CASE("to_sockaddr: names and malformed addresses are rejected") {
  sockaddr_storage ss;
  CHECK(to_sockaddr("localhost", 80, &ss) != 0);
  CHECK(to_sockaddr("", 80, &ss) != 0);
  CHECK(to_sockaddr("1.2.3", 80, &ss) != 0);
  CHECK(to_sockaddr("256.1.1.1", 80, &ss) != 0);
  CHECK(to_sockaddr("[::1]", 80, &ss) != 0);
  CHECK(to_sockaddr("::1::2", 80, &ss) != 0);
}

TEST_CASE("from_sockaddr: round trips and unknown families") {
  sockaddr_storage ss;
  REQUIRE(to_sockaddr("192.168.1.20", 65535, &ss) == 0);
  Endpoint e4 = from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
  CHECK(e4.address == "192.168.1.20");
  CHECK(e4.port == 65535);
  CHECK(e4.family == 4);

  REQUIRE(to_sockaddr("2001:db8:0:0:0:0:0:1", 1, &ss) == 0);
  Endpoint e6 = from_sockaddr(reinterpret_cast<sockaddr*>(&ss));
  CHECK(e6.address == "2001:db8::1");  // canonical form, no brackets
  CHECK(e6.port == 1);
  CHECK(e6.family == 6);

  sockaddr_storage unix_like{};
  unix_like.ss_family = AF_UNIX;
  Endpoint none = from_sockaddr(reinterpret_cast<sockaddr*>(&unix_like));
  CHECK(none.address.empty());
  CHECK(none.port == 0);
  CHECK(none.family == 0);
}

TEST_CASE("ip_family: like Node's net.isIP") {
  CHECK(ip_family("127.0.0.1") == 4);
  CHECK(ip_family("0.0.0.0") == 4);
  CHECK(ip_family("255.255.255.255") == 4);
  CHECK(ip_family("::1") == 6);
  CHECK(ip_family("::") == 6);
  CHECK(ip_family("::ffff:127.0.0.1") == 6);
  CHECK(ip_family("2001:db8::1") == 6);
  CHECK(ip_family("fe80::1%lo") == 6);
  CHECK(ip_family("fe80::1%eth0") == 6);
  CHECK(ip_family("") == 0);
  CHECK(ip_family("localhost") == 0);
  CHECK(ip_family("1.2.3") == 0);
  CHECK(ip_family("1.2.3.256") == 0);
  CHECK(ip_family("[::1]") == 0);
  CHECK(ip_family("::1::") == 0);
  CHECK(ip_family("127.0.0.1 ") == 0);
}

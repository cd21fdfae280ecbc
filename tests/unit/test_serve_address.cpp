// How serve opens its socket where it listens (open_on_serve_address): the default dual-stack "::"
// falls back to 0.0.0.0 only where IPv6 is missing, and a failure names the syscall and the address,
// as the servers report it.
#include "commands/serve_address.h"

#include <doctest/doctest.h>
#include <uv.h>

#include <string>
#include <vector>

using namespace netjs::commands;

namespace {
struct Attempt {
  std::string address;
  bool ipv6_only;
};

// An opener that records each attempt and fails those on an IPv6 address with `ipv6_error`.
OpenServeSocket recording(std::vector<Attempt>* attempts, int ipv6_error) {
  return [attempts, ipv6_error](const sockaddr* sa, bool ipv6_only) {
    REQUIRE(sa != nullptr);
    attempts->push_back({sa->sa_family == AF_INET6 ? "v6" : "v4", ipv6_only});
    return sa->sa_family == AF_INET6 ? ipv6_error : 0;
  };
}
}  // namespace

TEST_CASE("open_on_serve_address: '::' opens as it is where IPv6 works") {
  std::vector<Attempt> attempts;
  bool ipv6_only = true;
  netjs::core::Error err = open_on_serve_address({"::", false, true}, 22702, "listen", recording(&attempts, 0), &ipv6_only);
  CHECK_FALSE(err);
  REQUIRE(attempts.size() == 1);
  CHECK(attempts[0].address == "v6");
  CHECK_FALSE(ipv6_only);
}

TEST_CASE("open_on_serve_address: no IPv6 on the host: the default '::' falls back to 0.0.0.0") {
  std::vector<Attempt> attempts;
  bool ipv6_only = true;
  netjs::core::Error err =
      open_on_serve_address({"::", false, true}, 22702, "bind", recording(&attempts, UV_EAFNOSUPPORT), &ipv6_only);
  CHECK_FALSE(err);
  REQUIRE(attempts.size() == 2);
  CHECK(attempts[0].address == "v6");
  CHECK(attempts[1].address == "v4");
  CHECK_FALSE(attempts[1].ipv6_only);
  CHECK_FALSE(ipv6_only);
}

TEST_CASE("open_on_serve_address: an address asked for (-6, --host ::1) does not fall back; the error names it") {
  std::vector<Attempt> attempts;
  bool ipv6_only = false;
  netjs::core::Error err =
      open_on_serve_address({"::", true, false}, 22702, "listen", recording(&attempts, UV_EADDRINUSE), &ipv6_only);
  REQUIRE(err);
  CHECK(attempts.size() == 1);
  CHECK(err.message() == "listen EADDRINUSE :::22702");
  CHECK(err.syscall == "listen");
  CHECK(err.address == "::");
  CHECK(err.port == 22702);
}

TEST_CASE("open_on_serve_address: when 0.0.0.0 fails too, its error is the one reported") {
  std::vector<Attempt> attempts;
  bool ipv6_only = false;
  OpenServeSocket busy = [&attempts](const sockaddr* sa, bool v6only) {
    attempts.push_back({sa->sa_family == AF_INET6 ? "v6" : "v4", v6only});
    return sa->sa_family == AF_INET6 ? UV_EAFNOSUPPORT : UV_EADDRINUSE;
  };
  netjs::core::Error err = open_on_serve_address({"::", false, true}, 80, "bind", busy, &ipv6_only);
  REQUIRE(err);
  CHECK(attempts.size() == 2);
  CHECK(err.message() == "bind EADDRINUSE 0.0.0.0:80");
}

TEST_CASE("open_on_serve_address: an address that is not numeric is refused before any attempt") {
  std::vector<Attempt> attempts;
  bool ipv6_only = false;
  netjs::core::Error err =
      open_on_serve_address({"not-an-address", false, false}, 1, "listen", recording(&attempts, 0), &ipv6_only);
  CHECK(err);
  CHECK(attempts.empty());
}

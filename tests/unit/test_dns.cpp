// Lookup: getaddrinfo through libuv's thread pool.
#include "helpers.h"

using namespace netjs::test;

namespace {

struct LookupResult {
  int cb = 0;
  Error err;
  std::vector<Endpoint> addresses;
  LookupCallback callback() {
    return [this](const Error& e, const std::vector<Endpoint>& a) {
      ++cb;
      err = e;
      addresses = a;
    };
  }
};

bool is_eai(int code) { return std::string(uv_err_name(code)).rfind("EAI_", 0) == 0; }

}  // namespace

TEST_CASE("Lookup: localhost resolves to a loopback address") {
  LookupResult r;
  Loop loop;
  Watchdog dog(loop);
  int err = -1;
  Lookup* l = Lookup::start(loop, "localhost", {}, r.callback(), &err);
  REQUIRE(err == 0);
  REQUIRE(l != nullptr);
  CHECK(l->keeps_loop_alive());
  CHECK(l->describe() == "dns lookup localhost");
  CHECK(loop.describe_live() == std::vector<std::string>{"dns lookup localhost"});
  CHECK(loop.run() == false);
  CHECK(r.cb == 1);
  CHECK_FALSE(r.err);
  REQUIRE_FALSE(r.addresses.empty());
  bool loopback = false;
  for (const Endpoint& e : r.addresses) {
    CHECK(e.port == 0);
    CHECK(e.family == ip_family(e.address));
    if (e.address == "127.0.0.1" || e.address == "::1") loopback = true;
  }
  CHECK(loopback);
  CHECK(loop.resource_count() == 1);  // the lookup deleted itself; the watchdog remains
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(r.cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: a numeric address resolves to itself") {
  LookupResult v4, v6;
  Loop loop;
  Watchdog dog(loop);
  int err = -1;
  REQUIRE(Lookup::start(loop, "127.0.0.1", {}, v4.callback(), &err) != nullptr);
  REQUIRE(err == 0);
  REQUIRE(Lookup::start(loop, "::1", {}, v6.callback(), &err) != nullptr);
  REQUIRE(err == 0);
  CHECK(loop.run() == false);
  CHECK(v4.cb == 1);
  REQUIRE(v4.addresses.size() == 1);
  CHECK(v4.addresses[0].address == "127.0.0.1");
  CHECK(v4.addresses[0].family == 4);
  CHECK(v6.cb == 1);
  REQUIRE(v6.addresses.size() == 1);
  CHECK(v6.addresses[0].address == "::1");
  CHECK(v6.addresses[0].family == 6);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: nonexistent.invalid fails with getaddrinfo and an EAI_* code") {
  LookupResult r;
  Loop loop;
  Watchdog dog(loop, 30000);
  int err = -1;
  REQUIRE(Lookup::start(loop, "nonexistent.invalid", {}, r.callback(), &err) != nullptr);
  REQUIRE(err == 0);
  CHECK(loop.run() == false);
  CHECK(r.cb == 1);
  CHECK(static_cast<bool>(r.err));
  CHECK(is_eai(r.err.code));
  CHECK(r.err.syscall == "getaddrinfo");
  CHECK(r.err.address == "nonexistent.invalid");
  CHECK(r.err.message() == std::string("getaddrinfo ") + r.err.name() + " nonexistent.invalid");
  CHECK(r.addresses.empty());
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: family 4 returns IPv4 addresses only; family 4 of an IPv6 literal fails") {
  LookupResult local, literal;
  Loop loop;
  Watchdog dog(loop);
  LookupOptions opts;
  opts.family = 4;
  int err = -1;
  REQUIRE(Lookup::start(loop, "localhost", opts, local.callback(), &err) != nullptr);
  REQUIRE(Lookup::start(loop, "::1", opts, literal.callback(), &err) != nullptr);
  CHECK(loop.run() == false);
  CHECK(local.cb == 1);
  CHECK_FALSE(local.err);
  REQUIRE_FALSE(local.addresses.empty());
  for (const Endpoint& e : local.addresses) CHECK(e.family == 4);
  CHECK(literal.cb == 1);
  CHECK(is_eai(literal.err.code));
  CHECK(literal.addresses.empty());
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: family 6 of an IPv4 literal fails; family 6 of ::1 succeeds") {
  LookupResult v4, v6;
  Loop loop;
  Watchdog dog(loop);
  LookupOptions opts;
  opts.family = 6;
  int err = -1;
  REQUIRE(Lookup::start(loop, "127.0.0.1", opts, v4.callback(), &err) != nullptr);
  REQUIRE(Lookup::start(loop, "::1", opts, v6.callback(), &err) != nullptr);
  CHECK(loop.run() == false);
  CHECK(v4.cb == 1);
  CHECK(is_eai(v4.err.code));
  CHECK(v6.cb == 1);
  REQUIRE(v6.addresses.size() == 1);
  CHECK(v6.addresses[0].family == 6);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: close() on a pending lookup still runs the callback once") {
  LookupResult r;
  Loop loop;
  Watchdog dog(loop);
  int err = -1;
  Lookup* l = Lookup::start(loop, "localhost", {}, r.callback(), &err);
  REQUIRE(l != nullptr);
  l->close();
  CHECK(l->closing());
  CHECK_FALSE(l->keeps_loop_alive());
  CHECK(loop.describe_live().empty());
  l->close();  // twice: harmless
  CHECK(loop.run() == false);
  CHECK(r.cb == 1);
  // Cancelled in the queue, or already resolved by the thread pool.
  CHECK((r.err.code == UV_EAI_CANCELED || r.err.code == 0));
  if (r.err) CHECK(r.addresses.empty());
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(r.cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: loop.close() with lookups pending runs each callback once") {
  LookupResult a, b;
  Loop loop;
  int err = -1;
  REQUIRE(Lookup::start(loop, "localhost", {}, a.callback(), &err) != nullptr);
  REQUIRE(Lookup::start(loop, "127.0.0.1", {}, b.callback(), &err) != nullptr);
  CHECK(loop.resource_count() == 2);
  CHECK(loop.close() == 0);
  CHECK(a.cb == 1);
  CHECK(b.cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Lookup: a callback may start the next lookup") {
  LookupResult second;
  int first_cb = 0;
  Loop loop;
  Watchdog dog(loop);
  int err = -1;
  REQUIRE(Lookup::start(
              loop, "localhost", {},
              [&](const Error&, const std::vector<Endpoint>&) {
                ++first_cb;
                int e = -1;
                CHECK(Lookup::start(loop, "127.0.0.1", {}, second.callback(), &e) != nullptr);
                CHECK(e == 0);
              },
              &err) != nullptr);
  CHECK(loop.run() == false);
  CHECK(first_cb == 1);
  CHECK(second.cb == 1);
  REQUIRE(second.addresses.size() == 1);
  CHECK(second.addresses[0].address == "127.0.0.1");
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

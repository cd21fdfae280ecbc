// host_info and the signal table: the facts the os module reports, read on this machine.
#include "core/host_info.h"
#include "core/signal.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <csignal>
#include <cstring>

using namespace netjs::core;

TEST_CASE("host name, uname, home directory and user are readable") {
  std::string name;
  REQUIRE(host_name(&name) == 0);
  CHECK_FALSE(name.empty());
  UnameInfo u;
  REQUIRE(uname_info(&u) == 0);
  CHECK(u.sysname == "Linux");
  CHECK_FALSE(u.machine.empty());
  std::string home;
  CHECK(home_directory(&home) == 0);
  UserInfo user;
  REQUIRE(user_info(&user) == 0);
  CHECK(user.uid >= 0);
  CHECK_FALSE(user.username.empty());
}

TEST_CASE("the loopback interface is listed with its prefix") {
  std::vector<NetworkInterface> list;
  REQUIRE(network_interfaces(&list) == 0);
  int loopback = 0;
  for (const NetworkInterface& ni : list) {
    CHECK((ni.family == 4 || ni.family == 6));
    CHECK(ni.mac.size() == 17);
    if (ni.address == "127.0.0.1") {
      ++loopback;
      CHECK(ni.internal);
      CHECK(ni.netmask == "255.0.0.0");
      CHECK(ni.prefix == 8);
    }
    if (ni.address == "::1") CHECK(ni.prefix == 128);
  }
  CHECK(loopback == 1);
}

TEST_CASE("cpus, memory, load and uptime are plausible") {
  std::vector<CpuInfo> cpus;
  CHECK(cpu_info(&cpus) == 0);
  CHECK(total_memory() > 0);
  CHECK(free_memory() <= total_memory());
  double load[3] = {-1, -1, -1};
  load_average(load);
  CHECK(load[0] >= 0);
  double up = 0;
  CHECK(uptime_seconds(&up) == 0);
  CHECK(up > 0);
  int prio = 99;
  CHECK(get_priority(0, &prio) == 0);
  CHECK((prio >= -20 && prio <= 19));
}

TEST_CASE("constants: errno numbers, signal names with their second names, priorities") {
  bool enoent = false, ewouldblock = false;
  for (const auto& e : errno_constants()) {
    if (std::strcmp(e.first, "ENOENT") == 0) enoent = e.second == ENOENT;
    if (std::strcmp(e.first, "EWOULDBLOCK") == 0) ewouldblock = e.second == EAGAIN;
  }
  CHECK(enoent);
  CHECK(ewouldblock);
  CHECK(signal_number("SIGIOT") == SIGABRT);
  CHECK(signal_number("SIGIO") == SIGIO);
  CHECK(signal_number("SIGPOLL") == SIGIO);
  CHECK(signal_number("SIGNOPE") == 0);
  auto signals = signal_constants();
  CHECK(signals.size() == 33);
  CHECK(std::strcmp(signals.front().first, "SIGHUP") == 0);
  CHECK(signals.front().second == SIGHUP);
  CHECK(priority_constants().size() == 6);
}

// core/process_info: ids, the file mode creation mask and CPU time, checked against the system calls.
#include "core/process_info.h"

#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>

namespace core = netjs::core;

TEST_CASE("process_ids are the process's own") {
  core::ProcessIds ids = core::process_ids();
  CHECK(ids.uid == static_cast<unsigned>(::getuid()));
  CHECK(ids.gid == static_cast<unsigned>(::getgid()));
  CHECK(ids.euid == static_cast<unsigned>(::geteuid()));
  CHECK(ids.egid == static_cast<unsigned>(::getegid()));
}

TEST_CASE("process_groups includes the effective group") {
  std::vector<unsigned> groups = core::process_groups();
  CHECK(std::find(groups.begin(), groups.end(), static_cast<unsigned>(::getegid())) != groups.end());
}

TEST_CASE("set_umask returns the previous mask and keeps only permission bits") {
  unsigned original = core::current_umask();
  CHECK(core::set_umask(027) == original);
  CHECK(core::current_umask() == 027u);
  CHECK(core::set_umask(01777) == 027u);
  CHECK(core::current_umask() == 0777u);
  core::set_umask(original);
  CHECK(core::current_umask() == original);
}

TEST_CASE("cpu_usage grows while the process computes") {
  double user0 = 0, system0 = 0;
  REQUIRE(core::cpu_usage(user0, system0) == 0);
  CHECK(user0 >= 0);
  CHECK(system0 >= 0);
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(30);
  volatile unsigned spin = 0;
  while (std::chrono::steady_clock::now() < until) spin = spin + 1;
  double user1 = 0, system1 = 0;
  REQUIRE(core::cpu_usage(user1, system1) == 0);
  CHECK(user1 + system1 > user0 + system0);
}

// core::signal_abbrev stands in for glibc's sigabbrev_np, which musl (OpenWrt's C library) lacks:
// under glibc both must name every signal number the same.
#include "core/signal.h"

#include <doctest/doctest.h>

#include <csignal>
#include <cstring>
#include <string>

namespace core = netjs::core;

TEST_CASE("signal_abbrev names the signals by their macros' numbers") {
  CHECK(std::string(core::signal_abbrev(SIGTERM)) == "TERM");
  CHECK(std::string(core::signal_abbrev(SIGABRT)) == "ABRT");  // not its second name, IOT
  CHECK(std::string(core::signal_abbrev(SIGPOLL)) == "POLL");  // not IO
  CHECK(core::signal_abbrev(0) == nullptr);
  CHECK(core::signal_abbrev(SIGRTMIN) == nullptr);
  CHECK(core::signal_abbrev(-1) == nullptr);
  CHECK(core::signal_number("SIGWINCH") == SIGWINCH);
  CHECK(core::signal_name(SIGHUP) == "SIGHUP");
}

#ifdef __GLIBC__
TEST_CASE("signal_abbrev agrees with glibc's sigabbrev_np for every number") {
  for (int sig = 0; sig <= NSIG; ++sig) {
    const char* ours = core::signal_abbrev(sig);
    const char* glibc = sigabbrev_np(sig);
    INFO("signal ", sig);
    REQUIRE((ours == nullptr) == (glibc == nullptr));
    if (ours) CHECK(std::strcmp(ours, glibc) == 0);
  }
}
#endif

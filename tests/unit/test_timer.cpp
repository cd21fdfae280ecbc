// Timer and Immediate.
#include "helpers.h"

using namespace netjs::test;

TEST_CASE("Timer: a one-shot timer fires once") {
  int fire_cb = 0, close_cb = 0;
  uint64_t fired_at = 0;
  Loop loop;
  Watchdog dog(loop);
  const uint64_t start = loop.now();
  Timer* t = Timer::create(
      loop,
      [&](Timer& self) {
        ++fire_cb;
        fired_at = self.loop().now();
        CHECK_FALSE(self.active());  // a one-shot is inactive in its own callback
      },
      [&](Timer&) { ++close_cb; });
  REQUIRE(t->start(20) == 0);
  CHECK(t->active());
  CHECK(t->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(fire_cb == 1);
  CHECK(fired_at >= start + 20);
  CHECK_FALSE(t->active());
  CHECK_FALSE(t->keeps_loop_alive());
  CHECK(close_cb == 0);  // not closed until asked
  CHECK(loop.resource_count() == 2);  // the timer and the watchdog
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: a repeating timer fires N times, then stop()") {
  int fire_cb = 0, close_cb = 0;
  Loop loop;
  Watchdog dog(loop);
  Timer* t = Timer::create(
      loop,
      [&](Timer& self) {
        ++fire_cb;
        CHECK(self.active());  // a repeating timer stays active
        if (fire_cb == 5) self.stop();
      },
      [&](Timer&) { ++close_cb; });
  REQUIRE(t->start(1, 2) == 0);
  CHECK(loop.run() == false);
  CHECK(fire_cb == 5);
  CHECK_FALSE(t->active());
  t->close();
  CHECK(loop.run() == false);
  CHECK(close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: start() again resets the countdown") {
  int fire_cb = 0, poke_cb = 0;
  uint64_t fired_at = 0, restarted_at = 0;
  Loop loop;
  Watchdog dog(loop);
  const uint64_t start = loop.now();
  Timer* t = Timer::create(loop, [&](Timer& self) {
    ++fire_cb;
    fired_at = self.loop().now();
    self.close();
  });
  REQUIRE(t->start(100) == 0);
  Timer* poke = Timer::create(loop, [&](Timer& self) {
    ++poke_cb;
    restarted_at = self.loop().now();
    CHECK(t->start(100) == 0);
    self.close();
  });
  REQUIRE(poke->start(50) == 0);
  CHECK(loop.run() == false);
  CHECK(poke_cb == 1);
  CHECK(fire_cb == 1);
  CHECK(restarted_at >= start + 50);
  CHECK(fired_at >= restarted_at + 100);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: close() twice is safe and on_close runs exactly once") {
  int fire_cb = 0, close_cb = 0;
  Loop loop;
  Timer* t = Timer::create(loop, [&](Timer&) { ++fire_cb; }, [&](Timer&) { ++close_cb; });
  REQUIRE(t->start(1) == 0);
  t->close();
  CHECK(t->closing());
  CHECK_FALSE(t->active());
  CHECK_FALSE(t->keeps_loop_alive());
  t->close();
  CHECK(t->start(1) == UV_EINVAL);  // no restart once closing
  t->stop();                         // harmless
  t->ref();
  t->unref();
  CHECK(loop.run() == false);
  CHECK(fire_cb == 0);
  CHECK(close_cb == 1);
  CHECK(loop.close() == 0);
  CHECK(close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: close() from its own callback, then again from on_close") {
  int fire_cb = 0, close_cb = 0;
  Loop loop;
  Timer* t = Timer::create(
      loop,
      [&](Timer& self) {
        ++fire_cb;
        self.close();
        self.close();
      },
      [&](Timer& self) {
        ++close_cb;
        self.close();  // already closing
      });
  REQUIRE(t->start(1, 1) == 0);
  CHECK(loop.run() == false);
  CHECK(fire_cb == 1);
  CHECK(close_cb == 1);
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: an unref'd timer does not keep the loop alive") {
  int fire_cb = 0, close_cb = 0;
  Loop loop;
  Timer* t = Timer::create(loop, [&](Timer&) { ++fire_cb; }, [&](Timer&) { ++close_cb; });
  REQUIRE(t->start(10000) == 0);
  t->unref();
  CHECK_FALSE(t->has_ref());
  CHECK(t->active());
  CHECK_FALSE(t->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(fire_cb == 0);  // a run() that had waited for the timer would have seen it fire
  CHECK(loop.close() == 0);
  CHECK(fire_cb == 0);
  CHECK(close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: an unref'd timer still fires while something else keeps the loop alive") {
  int unref_fire = 0, ref_fire = 0;
  Loop loop;
  Watchdog dog(loop);
  Timer* weak = Timer::create(loop, [&](Timer&) { ++unref_fire; });
  REQUIRE(weak->start(5) == 0);
  weak->unref();
  Timer* strong = Timer::create(loop, [&](Timer& self) {
    ++ref_fire;
    CHECK(unref_fire == 1);
    self.close();
  });
  REQUIRE(strong->start(50) == 0);
  CHECK(loop.run() == false);
  CHECK(unref_fire == 1);
  CHECK(ref_fire == 1);
  // ref() again: now the (restarted) timer keeps the loop alive by itself.
  weak->ref();
  CHECK(weak->has_ref());
  REQUIRE(weak->start(5) == 0);
  CHECK(weak->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(unref_fire == 2);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Timer: describe() uses the label") {
  Loop loop;
  Timer* t = Timer::create(loop, {});
  CHECK(t->describe() == "timer");
  t->set_label("setTimeout 5000 ms");
  CHECK(t->describe() == "timer (setTimeout 5000 ms)");
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

// --- Immediate ------------------------------------------------------------------------------------------

namespace {
// Counts loop iterations with a raw prepare handle (closed by the test before the loop closes).
struct IterationCounter {
  uv_prepare_t prepare{};
  int iterations = 0;
  explicit IterationCounter(Loop& loop) {
    uv_prepare_init(loop.raw(), &prepare);
    prepare.data = this;
    uv_prepare_start(&prepare, [](uv_prepare_t* p) { ++static_cast<IterationCounter*>(p->data)->iterations; });
    uv_unref(reinterpret_cast<uv_handle_t*>(&prepare));
  }
  void close() { uv_close(reinterpret_cast<uv_handle_t*>(&prepare), nullptr); }
};
}  // namespace

TEST_CASE("Immediate: armed, it fires once per loop iteration until disarmed") {
  int check_cb = 0;
  std::vector<int> seen_iterations;
  Loop loop;
  Watchdog dog(loop);
  IterationCounter counter(loop);
  // A far timer keeps the loop alive: without the idle handle the poll would block until the next
  // timer, the watchdog's, which fails the test.
  int far_cb = 0;
  Timer* far = Timer::create(loop, [&](Timer&) { ++far_cb; });
  REQUIRE(far->start(3600 * 1000) == 0);
  Immediate* imm = Immediate::create(loop, [&](Immediate& self) {
    ++check_cb;
    seen_iterations.push_back(counter.iterations);
    if (check_cb == 3) {
      self.disarm();
      far->close();
    }
  });
  imm->arm();
  imm->arm();  // arming twice is one arming
  CHECK(imm->armed());
  CHECK(imm->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(check_cb == 3);
  CHECK_FALSE(imm->armed());
  REQUIRE(seen_iterations.size() == 3);
  CHECK(seen_iterations[1] == seen_iterations[0] + 1);
  CHECK(seen_iterations[2] == seen_iterations[1] + 1);
  CHECK(far_cb == 0);
  CHECK_FALSE(dog.fired());  // the poll did not block

  // Re-armed, it fires again; disarmed before the loop runs, it does not.
  imm->arm();
  imm->disarm();
  CHECK_FALSE(imm->keeps_loop_alive());
  CHECK(loop.run() == false);
  CHECK(check_cb == 3);

  counter.close();
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(check_cb == 3);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Immediate: an unref'd armed immediate does not keep the loop alive") {
  int check_cb = 0;
  Loop loop;
  Immediate* imm = Immediate::create(loop, [&](Immediate& self) {
    ++check_cb;
    self.disarm();
  });
  imm->unref();
  imm->arm();
  CHECK(imm->armed());
  CHECK_FALSE(imm->keeps_loop_alive());
  CHECK(loop.describe_live().empty());
  CHECK(loop.run() == false);
  CHECK(check_cb == 0);
  // ref() again while armed: it now keeps the loop alive and fires (once: it disarms itself).
  imm->ref();
  CHECK(imm->keeps_loop_alive());
  CHECK(loop.describe_live() == std::vector<std::string>{"immediate queue"});
  CHECK(loop.run() == false);
  CHECK(check_cb == 1);
  CHECK_FALSE(imm->armed());
  CHECK(loop.close() == 0);
  CHECK(check_cb == 1);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Immediate: close() twice is safe; closing while armed never fires") {
  int check_cb = 0;
  Loop loop;
  Immediate* imm = Immediate::create(loop, [&](Immediate&) { ++check_cb; });
  imm->arm();
  imm->close();
  imm->close();
  CHECK(imm->closing());
  CHECK_FALSE(imm->keeps_loop_alive());
  imm->arm();  // ignored
  imm->ref();
  CHECK(loop.run() == false);
  CHECK(check_cb == 0);
  CHECK(loop.resource_count() == 0);
  CHECK(loop.close() == 0);
}

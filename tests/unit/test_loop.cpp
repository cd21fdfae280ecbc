// Loop: the registry of resources, close()/close_all(), describe_live(), stop().
#include "helpers.h"

#include <algorithm>

using namespace netjs::test;

TEST_CASE("Loop: close() on an empty loop returns 0, and again") {
  Loop loop;
  CHECK(loop.resource_count() == 0);
  CHECK(loop.describe_live().empty());
  CHECK(loop.close() == 0);
  CHECK(loop.close() == 0);  // already closed: a no-op
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Loop: run() on an empty loop returns at once, not stopped") {
  Loop loop;
  CHECK(loop.run() == false);
  CHECK(loop.close() == 0);
}

TEST_CASE("Loop: resource_count follows creation and deletion") {
  int close_cb = 0;
  Loop loop;
  Timer* a = Timer::create(loop, {}, [&](Timer&) { ++close_cb; });
  CHECK(loop.resource_count() == 1);
  Timer* b = Timer::create(loop, {}, [&](Timer&) { ++close_cb; });
  CHECK(loop.resource_count() == 2);
  a->close();
  CHECK(loop.resource_count() == 2);  // deleted only after libuv's close callback
  loop.run();
  CHECK(close_cb == 1);
  CHECK(loop.resource_count() == 1);
  b->close();
  loop.run();
  CHECK(close_cb == 2);
  CHECK(loop.resource_count() == 0);
  CHECK(loop.close() == 0);
}

TEST_CASE("Loop: stop() makes run() return true; the loop can run again") {
  int fire_cb = 0;
  int close_cb = 0;
  Loop loop;
  Timer* t = Timer::create(
      loop,
      [&](Timer& self) {
        ++fire_cb;
        if (fire_cb == 1) loop.stop();
        if (fire_cb == 2) self.close();
      },
      [&](Timer&) { ++close_cb; });
  REQUIRE(t->start(1, 1) == 0);
  CHECK(loop.run() == true);
  CHECK(fire_cb == 1);
  CHECK(loop.run() == false);
  CHECK(fire_cb == 2);
  CHECK(close_cb == 1);
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Loop: close_all() closes resources of every kind") {
  RecordingServer server;
  RecordingListener client;
  RecordingListener peer;
  int timer_fire = 0, timer_close = 0, unref_close = 0, immediate_cb = 0, lookup_cb = 0;
  Error lookup_err;
  Loop loop;

  // A connected pair plus a listening server.
  server.conn = &peer;
  int port = server.listen(loop, "127.0.0.1");
  REQUIRE(client.create(loop)->connect(addr("127.0.0.1", port).sa()) == 0);
  REQUIRE(run_until(loop, [&] { return client.connect_cb == 1 && peer.socket; }));
  const std::size_t base = loop.resource_count();  // server, client, peer (+ run_until's closing timer)
  CHECK(base >= 3);
  // A socket still connecting (to the same server; it never gets accepted: conn is taken).
  RecordingListener connecting;
  server.on_connection_hook = [](TcpServer&, const Error&) {};  // leave it in the kernel queue
  REQUIRE(connecting.create(loop)->connect(addr("127.0.0.1", port).sa()) == 0);
  // Timers: ref'd and unref'd, both pending.
  Timer* t1 = Timer::create(loop, [&](Timer&) { ++timer_fire; }, [&](Timer&) { ++timer_close; });
  REQUIRE(t1->start(60000) == 0);
  Timer* t2 = Timer::create(loop, [&](Timer&) { ++timer_fire; }, [&](Timer&) { ++unref_close; });
  REQUIRE(t2->start(60000) == 0);
  t2->unref();
  // An armed immediate and a never-started socket.
  Immediate* imm = Immediate::create(loop, [&](Immediate&) { ++immediate_cb; });
  imm->arm();
  RecordingListener idle;
  idle.create(loop);
  // A pending DNS lookup.
  int err = 0;
  Lookup* lookup = Lookup::start(
      loop, "localhost", {},
      [&](const Error& e, const std::vector<Endpoint>&) {
        ++lookup_cb;
        lookup_err = e;
      },
      &err);
  REQUIRE(err == 0);
  REQUIRE(lookup != nullptr);

  CHECK(loop.resource_count() == base + 6);  // connecting, 2 timers, immediate, idle, lookup
  loop.close_all();
  CHECK(loop.resource_count() == 0);

  CHECK(server.close_cb == 1);
  CHECK(client.close_cb == 1);
  CHECK(peer.close_cb == 1);
  CHECK(connecting.close_cb == 1);
  CHECK(connecting.connect_cb == 0);  // closed while connecting: on_close only
  CHECK(idle.close_cb == 1);
  CHECK(timer_fire == 0);
  CHECK(timer_close == 1);
  CHECK(unref_close == 1);
  CHECK(immediate_cb == 0);
  CHECK(lookup_cb == 1);
  CHECK((lookup_err.code == 0 || lookup_err.code == UV_EAI_CANCELED));
  for (RecordingListener* l : {&client, &peer, &connecting, &idle}) {
    CHECK(l->data_cb == 0);
    CHECK(l->end_cb == 0);
    CHECK(l->error_cb == 0);
    CHECK(l->write_done_cb == 0);
    CHECK(l->shutdown_cb == 0);
    CHECK(l->timeout_cb == 0);
  }
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("Loop: describe_live() lists active ref'd resources only") {
  RecordingServer server;
  Loop loop;
  Timer* reffed = Timer::create(loop, {});
  reffed->set_label("ref'd");
  REQUIRE(reffed->start(60000) == 0);
  Timer* unreffed = Timer::create(loop, {});
  unreffed->set_label("unref'd");
  REQUIRE(unreffed->start(60000) == 0);
  unreffed->unref();
  Timer* stopped = Timer::create(loop, {});
  stopped->set_label("stopped");
  Immediate* armed = Immediate::create(loop, {});
  armed->arm();
  Immediate* disarmed = Immediate::create(loop, {});
  disarmed->arm();
  disarmed->disarm();
  int port = server.listen(loop, "127.0.0.1");

  std::vector<std::string> live = loop.describe_live();
  std::sort(live.begin(), live.end());
  std::vector<std::string> expected = {"immediate queue", "tcp server 127.0.0.1:" + std::to_string(port),
                                       "timer (ref'd)"};
  CHECK(live == expected);

  // Unref'ing the rest empties the list; ref'ing brings one back.
  reffed->unref();
  armed->unref();
  server.server->unref();
  CHECK(loop.describe_live().empty());
  unreffed->ref();
  CHECK(loop.describe_live() == std::vector<std::string>{"timer (unref'd)"});
  // A closing resource is not listed either.
  unreffed->close();
  CHECK(loop.describe_live().empty());

  CHECK(loop.resource_count() == 6);
  CHECK(loop.close() == 0);
  CHECK(server.close_cb == 1);
  CHECK(loop.resource_count() == 0);
  (void)stopped;
}

TEST_CASE("Loop: the destructor closes whatever is left") {
  int close_cb = 0;
  int fire_cb = 0;
  {
    Loop loop;
    Timer* t = Timer::create(loop, [&](Timer&) { ++fire_cb; }, [&](Timer&) { ++close_cb; });
    REQUIRE(t->start(60000) == 0);
  }
  CHECK(fire_cb == 0);
  CHECK(close_cb == 1);
}

// The helper every network test relies on: a scenario that hangs must fail, not hang, and the loop
// must still close. Expected to fail (should_fail): the watchdog's FAIL_CHECK is the point.
TEST_CASE("Watchdog: a hung scenario fails, stops the loop, and the loop still closes" *
          doctest::should_fail()) {
  RecordingServer server;
  Loop loop;
  Watchdog dog(loop, 50);
  server.listen(loop, "127.0.0.1");  // listens forever: the loop would never drain
  CHECK(loop.run() == true);        // stopped by the watchdog
  CHECK(dog.fired());
  CHECK(loop.close() == 0);
  CHECK(server.close_cb == 1);
  CHECK(loop.resource_count() == 0);
}

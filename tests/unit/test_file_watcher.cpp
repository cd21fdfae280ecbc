// FileWatcher: inotify events for a directory's entries, the error for a missing path, close.
#include "core/file_ops.h"
#include "core/file_watcher.h"
#include "helpers.h"

#include <fcntl.h>

#include <cstdlib>

using namespace netjs::test;

namespace {

struct Event {
  int code;
  bool renamed;
  std::string name;
};

std::string make_temp_dir(Loop& loop) {
  const char* base = std::getenv("TMPDIR");
  FileArgs a;
  a.op = FileOp::mkdtemp;
  a.path = std::string(base && *base ? base : "/tmp") + "/netjs-watch-XXXXXX";
  FileResult r = run_file_op(loop, a);
  REQUIRE_FALSE(r.err);
  return r.text;
}

void run_op(Loop& loop, FileOp op, const std::string& path) {
  FileArgs a;
  a.op = op;
  a.path = path;
  a.flags = O_CREAT | O_WRONLY;
  a.mode = 0644;
  FileResult r = run_file_op(loop, a);
  REQUIRE_FALSE(r.err);
  if (op == FileOp::open) {
    FileArgs c;
    c.op = FileOp::close;
    c.fd = static_cast<uv_file>(r.value);
    run_file_op(loop, c);
  }
}

}  // namespace

TEST_CASE("FileWatcher: a file created in a watched directory is a rename event with its name") {
  std::vector<Event> events;
  int closed = 0;
  Loop loop;
  Watchdog dog(loop);
  std::string dir = make_temp_dir(loop);
  FileWatcher* w = nullptr;
  w = FileWatcher::create(
      loop,
      [&](const Error& err, bool renamed, const std::string& name) {
        events.push_back({err.code, renamed, name});
        w->close();
      },
      [&] { ++closed; });
  REQUIRE(w->start(dir) == 0);
  CHECK(w->keeps_loop_alive());
  CHECK(w->describe() == "fs watch " + dir);
  run_op(loop, FileOp::open, dir + "/created");
  CHECK(loop.run() == false);
  REQUIRE(events.size() == 1);
  CHECK(events[0].code == 0);
  CHECK(events[0].renamed);
  CHECK(events[0].name == "created");
  CHECK(closed == 1);
  run_op(loop, FileOp::unlink, dir + "/created");
  run_op(loop, FileOp::rmdir, dir);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("FileWatcher: a missing path cannot be watched; unref'd or closed, it holds nothing") {
  int closed = 0;
  Loop loop;
  FileWatcher* w = FileWatcher::create(loop, [](const Error&, bool, const std::string&) {}, [&] { ++closed; });
  CHECK(w->start("/nonexistent/netjs/watch") == UV_ENOENT);
  CHECK_FALSE(w->keeps_loop_alive());
  FileWatcher* u = FileWatcher::create(loop, [](const Error&, bool, const std::string&) {}, [&] { ++closed; });
  REQUIRE(u->start("/") == 0);
  u->unref();
  CHECK_FALSE(u->keeps_loop_alive());
  CHECK(loop.run() == false);  // nothing keeps it running
  w->close();
  CHECK(loop.close() == 0);
  CHECK(closed == 2);
  CHECK(loop.resource_count() == 0);
}

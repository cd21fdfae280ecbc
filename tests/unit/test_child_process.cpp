// ChildProcess: output capture, exit status, signals, spawn failure, close of a running child.
#include "helpers.h"

#include "core/child_process.h"
#include "core/system.h"

#include <csignal>
#include <cstdio>

using namespace netjs::test;

namespace {

struct RecordingChild : ChildListener {
  std::string out, err;
  int exit_cb = 0, close_cb = 0;
  int64_t status = -1;
  int signal = -1;
  std::string events;
  void on_child_output(ChildProcess&, Stream s, const char* d, std::size_t n) override {
    (s == kStdout ? out : err).append(d, n);
  }
  void on_child_exit(ChildProcess& c, int64_t st, int sig) override {
    ++exit_cb;
    events += "exit ";
    status = st;
    signal = sig;
    CHECK(c.exited());
  }
  void on_child_close(ChildProcess&) override {
    ++close_cb;
    events += "close ";
  }
};

// The state letter of /proc/PID/stat ('R', 'S', 'Z', ...); 0 when the process does not exist.
char proc_state(int pid) {
  std::FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
  if (!f) return 0;
  char buf[512] = {};
  std::size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  std::string stat(buf, n);
  std::size_t paren = stat.rfind(')');
  return paren != std::string::npos && paren + 2 < stat.size() ? stat[paren + 2] : 0;
}

ChildOptions sh(const std::string& script) {
  ChildOptions o;
  o.file = "/bin/sh";
  o.args = {"-c", script};
  return o;
}

}  // namespace

TEST_CASE("ChildProcess: stdout, stderr and the exit status arrive, then one close") {
  RecordingChild rec;
  Loop loop;
  Watchdog dog(loop);
  ChildOptions o = sh("printf out; printf err >&2; printf \"$NETJS_UNIT_X\"; exit 3");
  o.extra_env = {"NETJS_UNIT_X=extra"};
  int err = 0;
  ChildProcess* c = ChildProcess::spawn(loop, o, &rec, &err);
  REQUIRE(c != nullptr);
  CHECK(err == 0);
  CHECK(c->pid() > 0);
  CHECK(c->keeps_loop_alive());
  CHECK(c->describe().find("/bin/sh -c") != std::string::npos);
  CHECK(loop.run() == false);
  CHECK(rec.out == "outextra");
  CHECK(rec.err == "err");
  CHECK(rec.status == 3);
  CHECK(rec.signal == 0);
  CHECK(rec.events == "exit close ");
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ChildProcess: kill() reports the terminating signal") {
  RecordingChild rec;
  Loop loop;
  Watchdog dog(loop);
  int err = 0;
  ChildProcess* c = ChildProcess::spawn(loop, sh("exec sleep 30"), &rec, &err);
  REQUIRE(c != nullptr);
  CHECK(c->kill(SIGTERM) == 0);
  CHECK(loop.run() == false);
  CHECK(rec.exit_cb == 1);
  CHECK(rec.signal == SIGTERM);
  CHECK(rec.close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
}

TEST_CASE("ChildProcess: a missing executable fails to spawn and calls nothing") {
  RecordingChild rec;
  Loop loop;
  ChildOptions o;
  o.file = "/nonexistent/netjs-unit-test";
  int err = 0;
  CHECK(ChildProcess::spawn(loop, o, &rec, &err) == nullptr);
  CHECK(err == UV_ENOENT);
  CHECK(loop.close() == 0);
  CHECK(rec.exit_cb == 0);
  CHECK(rec.close_cb == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("ChildProcess: close() of a running child kills it; close without exit") {
  RecordingChild rec;
  Loop loop;
  int err = 0;
  ChildProcess* c = ChildProcess::spawn(loop, sh("exec sleep 30"), &rec, &err);
  REQUIRE(c != nullptr);
  int pid = c->pid();
  c->close();
  c->close();  // idempotent
  CHECK(loop.close() == 0);
  CHECK(rec.events == "close ");
  // Killed: a zombie (the closed handle no longer reaps it) or already gone.
  char state = proc_state(pid);
  for (int i = 0; i < 200 && state != 'Z' && state != 0; ++i) {
    uv_sleep(5);
    state = proc_state(pid);
  }
  CHECK((state == 'Z' || state == 0));
}

TEST_CASE("system: executable_path and available_parallelism") {
  std::string exe = executable_path();
  CHECK(!exe.empty());
  CHECK(exe[0] == '/');
  CHECK(available_parallelism() >= 1);
}

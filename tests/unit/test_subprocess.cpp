// Subprocess with its stdio as PipeSockets: output read through a pipe, input written to one, the
// exit status, a signal, ENOENT; run_sync with input, a timeout and a cap on the output.
#include "helpers.h"

#include "core/pipe_socket.h"
#include "core/subprocess.h"

#include <csignal>

using namespace netjs::test;

namespace {

struct ExitRecorder final : SubprocessListener {
  int exit_cb = 0, close_cb = 0;
  int64_t status = -1;
  int signal = -1;
  void on_exit(Subprocess&, int64_t s, int sig) override {
    ++exit_cb;
    status = s;
    signal = sig;
  }
  void on_close(Subprocess&) override { ++close_cb; }
};

struct Reader final : PipeListener {
  std::string data;
  int end_cb = 0, close_cb = 0;
  void on_data(Stream&, const char* d, std::size_t n) override { data.append(d, n); }
  void on_end(Stream& s) override {
    ++end_cb;
    s.close();
  }
  void on_error(Stream& s, const Error&) override { s.close(); }
  void on_write_done(Stream&, const Error&) override {}
  void on_close(Stream&) override { ++close_cb; }
};

SpawnOptions sh(const std::string& script) {
  SpawnOptions o;
  o.file = "/bin/sh";
  o.args = {"sh", "-c", script};
  return o;
}

}  // namespace

TEST_CASE("subprocess: piped stdin and stdout, exit status") {
  ExitRecorder rec;
  Reader in, out;
  Loop loop;
  Watchdog dog{loop};

  SpawnOptions o = sh("tr a-z A-Z; exit 3");
  PipeSocket* stdin_pipe = PipeSocket::create(loop, &in);
  PipeSocket* stdout_pipe = PipeSocket::create(loop, &out);
  o.stdio = {{StdioSpec::kPipe, -1, stdin_pipe}, {StdioSpec::kPipe, -1, stdout_pipe}, {StdioSpec::kIgnore}};
  int err = 0;
  Subprocess* p = Subprocess::spawn(loop, o, &rec, &err);
  REQUIRE(p);
  CHECK(err == 0);
  CHECK(p->pid() > 0);
  CHECK(stdin_pipe->write(make_chunk("shout")) >= 0);
  stdin_pipe->close();
  CHECK(stdout_pipe->read_start() == 0);
  REQUIRE(run_until(loop, [&] { return rec.exit_cb == 1 && out.end_cb == 1; }));
  CHECK(out.data == "SHOUT");
  CHECK(rec.status == 3);
  CHECK(rec.signal == 0);
  CHECK(p->kill(SIGTERM) == UV_ESRCH);
  p->close();
  CHECK(loop.run() == false);
  CHECK(rec.close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("subprocess: killed by a signal; closing kills a running child; ENOENT") {
  ExitRecorder rec, running, missing;
  Loop loop;
  Watchdog dog{loop};

  SpawnOptions o;
  o.file = "sleep";
  o.args = {"sleep", "30"};
  int err = 0;
  Subprocess* p = Subprocess::spawn(loop, o, &rec, &err);
  REQUIRE(p);
  CHECK(p->kill(SIGKILL) == 0);
  REQUIRE(run_until(loop, [&] { return rec.exit_cb == 1; }));
  CHECK(rec.signal == SIGKILL);
  p->close();

  Subprocess* q = Subprocess::spawn(loop, o, &running, &err);
  REQUIRE(q);
  q->close();  // SIGKILLs it: nothing netjs starts outlives it by accident
  CHECK(loop.run() == false);
  CHECK(running.close_cb == 1);
  CHECK(running.exit_cb == 0);

  o.file = "netjs-no-such-program";
  CHECK(Subprocess::spawn(loop, o, &missing, &err) == nullptr);
  CHECK(err == UV_ENOENT);
  CHECK(loop.run() == false);
  CHECK(missing.close_cb + missing.exit_cb == 0);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("run_sync: input, output, timeout, max_buffer, ENOENT") {
  SpawnOptions o = sh("cat; echo err >&2; exit 2");
  o.stdio = {{StdioSpec::kPipe}, {StdioSpec::kPipe}, {StdioSpec::kPipe}};
  SyncRun run;
  run.input = std::string(300000, 'z');
  SyncResult r = run_sync(o, run);
  CHECK(r.error == 0);
  CHECK(r.pid > 0);
  CHECK(r.status == 2);
  CHECK(r.out[1] == run.input);
  CHECK(r.out[2] == "err\n");

  SpawnOptions slow = sh("exec sleep 30");
  slow.stdio = {{StdioSpec::kIgnore}, {StdioSpec::kPipe}, {StdioSpec::kIgnore}};
  SyncRun t;
  t.timeout_ms = 50;
  r = run_sync(slow, t);
  CHECK(r.error == UV_ETIMEDOUT);
  CHECK(r.signal == SIGTERM);

  SpawnOptions chatty = sh("yes | head -c 100000");
  chatty.stdio = {{StdioSpec::kIgnore}, {StdioSpec::kPipe}, {StdioSpec::kIgnore}};
  SyncRun cap;
  cap.max_buffer = 10;
  r = run_sync(chatty, cap);
  CHECK(r.error == UV_ENOBUFS);
  CHECK(r.out[1] == "y\ny\ny\ny\ny\n");

  SpawnOptions missing;
  missing.file = "netjs-no-such-program";
  r = run_sync(missing, SyncRun{});
  CHECK(r.error == UV_ENOENT);
  CHECK(r.pid == 0);
}

// run_hold_probe (`netjs probe --hold` after its options are parsed), stdout captured, against
// loopback servers on a thread of their own: a flow that survives every gap, one the peer closes
// while idle (FIN), one that is never echoed (silence), one reset on the echo (RST), a refused
// connect; the lines, the --json events and the exit codes.
#include "commands/exit_codes.h"
#include "commands/hold_probe.h"

#include "commands_helpers.h"

#include <sys/socket.h>

using namespace netjs::test;
using namespace netjs::commands;

namespace {

struct Run {
  int code = -1;
  std::vector<std::string> lines;
};

Run run(const HoldPlan& plan) {
  Run r;
  StdoutCapture capture;
  r.code = run_hold_probe(plan);
  r.lines = lines_of(capture.text());
  return r;
}

HoldPlan plan_for(int port, double first_ms, double hold_ms) {
  HoldPlan p;
  p.host = "127.0.0.1";
  p.port = port;
  p.first_gap_ms = first_ms;
  p.hold_ms = hold_ms;
  p.timeout_ms = static_cast<double>(scaled_ms(2000));
  return p;
}

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Echoes the first line, then closes: the FIN comes at the start of the next gap.
std::string serve_echo_once(int fd) {
  return read_to_eof(fd, [fd](const char* data, std::size_t len) {
    write_all(fd, std::string(data, len));
    return false;
  });
}

// Reads the first byte and answers with an RST (SO_LINGER 0) instead of the echo.
std::string serve_reset(int fd) {
  char c = 0;
  if (wait_readable(fd) && ::read(fd, &c, 1) == 1) {
    linger lg{1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  }
  return std::string(1, c);
}

}  // namespace

TEST_CASE("probe --hold: every gap survived against an echo server; exit 0") {
  ThreadServer server(serve_echo);
  const std::string name = "127.0.0.1:" + std::to_string(server.port());
  const Run r = run(plan_for(server.port(), 20, 80));
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(server.received() == "\n\n\n");
  REQUIRE(r.lines.size() == 5);
  CHECK(starts_with(r.lines[0], name + ": connected, 127.0.0.1, connect "));
  CHECK(r.lines[0].find("; idle gaps 0.02 s, 0.04 s, 0.08 s (0.14 s in all)") != std::string::npos);
  CHECK(starts_with(r.lines[1], "idle 0.02 s: alive (echo in "));
  CHECK(starts_with(r.lines[2], "idle 0.04 s: alive (echo in "));
  CHECK(starts_with(r.lines[3], "idle 0.08 s: alive (echo in "));
  CHECK(r.lines[4] == "--- " + name + ": flow survived every gap up to 0.08 s");
}

TEST_CASE("probe --hold --json: the peer closes after the first echo: FIN while idle; exit 6") {
  ThreadServer server(serve_echo_once);
  HoldPlan p = plan_for(server.port(), 20, static_cast<double>(scaled_ms(5000)));
  p.json = true;
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitNetwork);
  const std::string head = "{\"event\":\"hold\",\"host\":\"127.0.0.1\",\"port\":" + std::to_string(server.port());
  REQUIRE(r.lines.size() == 4);
  CHECK(starts_with(r.lines[0], "{\"event\":\"connect\",\"host\":\"127.0.0.1\",\"address\":\"127.0.0.1\","));
  CHECK(starts_with(r.lines[1], head + ",\"seq\":1,\"gap_ms\":20.000,\"result\":\"alive\",\"echo_ms\":"));
  CHECK(starts_with(r.lines[2], head + ",\"seq\":2,\"gap_ms\":40.000,\"result\":\"fin\",\"echo_ms\":null,\"idle_ms\":"));
  CHECK(r.lines[2].find(",\"while_idle\":true,\"code\":null}") != std::string::npos);
  CHECK(starts_with(r.lines[3], "{\"event\":\"hold_summary\",\"host\":\"127.0.0.1\",\"port\":" +
                                    std::to_string(server.port()) + ",\"hold_ms\":"));
  CHECK(r.lines[3].find(",\"survived_ms\":20.000,\"died_ms\":") != std::string::npos);
  CHECK(r.lines[3].find(",\"how\":\"fin\",\"while_idle\":true,\"interrupted\":false}") != std::string::npos);
}

TEST_CASE("probe --hold: a peer that never echoes: the first gap dies in silence; exit 4") {
  ThreadServer server(serve_silent);
  const std::string name = "127.0.0.1:" + std::to_string(server.port());
  HoldPlan p = plan_for(server.port(), 20, 80);
  p.timeout_ms = 100;
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitTimeout);
  CHECK(server.received() == "\n");
  REQUIRE(r.lines.size() == 3);
  CHECK(r.lines[1] == "idle 0.02 s: died (silence: no echo in 0.1 s)");
  CHECK(r.lines[2] == "--- " + name + ": flow did not survive the first gap: died after 0.02 s idle (silence: no echo in 0.1 s)");
}

TEST_CASE("probe --hold: an RST instead of the echo; exit 6") {
  ThreadServer server(serve_reset);
  const std::string port = std::to_string(server.port());
  const Run r = run(plan_for(server.port(), 20, 80));
  server.join();
  CHECK(r.code == kExitNetwork);
  REQUIRE(r.lines.size() == 3);
  CHECK(r.lines[1] == "idle 0.02 s: died (RST: read ECONNRESET 127.0.0.1:" + port + ")");
  CHECK(starts_with(r.lines[2], "--- 127.0.0.1:" + port + ": flow did not survive the first gap: died after 0.02 s idle (RST: "));
}

TEST_CASE("probe --hold: a refused connect is reported as by a plain probe; exit 3") {
  ClosedPort closed("127.0.0.1");
  const std::string port = std::to_string(closed.port());
  const Run r = run(plan_for(closed.port(), 20, 80));
  CHECK(r.code == kExitRefused);
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0] == "127.0.0.1:" + port + ": refused, 127.0.0.1 (connect ECONNREFUSED 127.0.0.1:" + port + ")");
}

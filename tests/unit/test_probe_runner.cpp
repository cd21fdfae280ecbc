// run_probe_plan (`netjs probe` after its options are parsed), stdout captured, against loopback
// servers on a thread of their own (the runner runs its own loop): the result line or --json event of
// each attempt, --count's summary, --wait, and the exit status: that of the first target that failed.
#include "commands/exit_codes.h"
#include "commands/probe_runner.h"
#include "commands/stats.h"

#include "commands_helpers.h"

using namespace netjs::test;
using namespace netjs::commands;

namespace {

struct Plan {
  ProbeOptions opts;
  ProbePlan plan;

  Plan() {
    opts.timeout = static_cast<double>(scaled_ms(5000)) / 1000;
    opts.interval = 0;
    plan.opts = &opts;
  }
  Plan& target(const std::string& host, int port) {
    plan.targets.push_back({host, port});
    return *this;
  }
};

struct Run {
  int code = -1;
  std::vector<std::string> lines;
};

Run run(const Plan& p) {
  Run r;
  StdoutCapture capture;
  r.code = run_probe_plan(p.plan);
  r.lines = lines_of(capture.text());
  return r;
}

}  // namespace

TEST_CASE("probe: --json, an open port: one final probe event with its one try; exit 0") {
  ThreadServer server(serve_silent);
  Plan p;
  p.opts.common.json = true;
  p.target("127.0.0.1", server.port());
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  CHECK(server.accepted());
  REQUIRE(r.lines.size() == 1);
  const std::string& l = r.lines[0];
  CHECK(l.rfind("{\"event\":\"probe\",\"host\":\"127.0.0.1\",\"port\":" + std::to_string(server.port()) +
                    ",\"seq\":1,\"result\":\"open\",\"address\":\"127.0.0.1\",\"family\":4,\"dns_ms\":null,"
                    "\"connect_ms\":",
                0) == 0);
  CHECK(l.find(",\"code\":null,\"syscall\":null,\"tried\":[{\"address\":\"127.0.0.1\",\"family\":4,"
               "\"result\":\"open\",\"connect_ms\":") != std::string::npos);
  const std::string tail = ",\"code\":null}],\"final\":true}";
  CHECK(l.size() > tail.size());
  CHECK(l.compare(l.size() - tail.size(), tail.size(), tail) == 0);
}

TEST_CASE("probe: a closed port: the result line names the error; exit 3") {
  ClosedPort closed("127.0.0.1");
  Plan p;
  p.target("127.0.0.1", closed.port());
  const Run r = run(p);
  CHECK(r.code == kExitRefused);
  const std::string port = std::to_string(closed.port());
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0] == "127.0.0.1:" + port + ": refused, 127.0.0.1 (connect ECONNREFUSED 127.0.0.1:" + port + ")");
}

TEST_CASE("probe: --count 3 on a closed port: three numbered lines, the summary and its pictures; exit 3") {
  ClosedPort closed("127.0.0.1");
  Plan p;
  p.opts.count = 3;
  p.opts.ascii = true;  // whatever the locale of the test run
  p.target("127.0.0.1", closed.port());
  const Run r = run(p);
  CHECK(r.code == kExitRefused);
  const std::string name = "127.0.0.1:" + std::to_string(closed.port());
  REQUIRE(r.lines.size() == 6);
  for (int i = 0; i < 3; ++i) CHECK(r.lines[i].rfind(name + " seq=" + std::to_string(i + 1) + ": refused", 0) == 0);
  CHECK(r.lines[3] == "--- " + name + ": 3 probes, 0 open, 100% loss");
  // No open probe: no latency rows, only the failures' row (a full-width bar) and the marks.
  CHECK(r.lines[4] == "  refused | " + std::string(40, 'x') + " 3");
  CHECK(r.lines[5] == "  seq 1-3: xxx");
}

TEST_CASE("probe: --json --count 2 on a closed port: the summary has null statistics") {
  ClosedPort closed("127.0.0.1");
  Plan p;
  p.opts.common.json = true;
  p.opts.count = 2;
  p.target("127.0.0.1", closed.port());
  const Run r = run(p);
  CHECK(r.code == kExitRefused);
  REQUIRE(r.lines.size() == 3);
  CHECK(r.lines[0].find("\"seq\":1,\"result\":\"refused\"") != std::string::npos);
  CHECK(r.lines[0].find("\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\"") != std::string::npos);
  CHECK(r.lines[0].find("\"final\":false}") != std::string::npos);
  CHECK(r.lines[1].find("\"seq\":2,\"result\":\"refused\"") != std::string::npos);
  CHECK(r.lines[1].find("\"final\":true}") != std::string::npos);
  CHECK(r.lines[2] == "{\"event\":\"summary\",\"host\":\"127.0.0.1\",\"port\":" + std::to_string(closed.port()) +
                          ",\"sent\":2,\"open\":0,\"loss_pct\":100.000,\"min_ms\":null,\"avg_ms\":null,"
                          "\"max_ms\":null,\"mdev_ms\":null,\"histogram\":[],\"samples\":[null,null]}");
}

TEST_CASE("probe: several targets: each has its line; the first that failed gives the exit status") {
  ClosedPort closed("127.0.0.1");
  Plan p;
  p.opts.timeout = static_cast<double>(scaled_ms(25000)) / 1000;
  p.target("127.0.0.1", closed.port()).target("nonexistent.invalid", 80);
  const Run r = run(p);
  CHECK(r.code == kExitRefused);  // not the DNS failure's 5
  REQUIRE(r.lines.size() == 2);
  CHECK(r.lines[0].rfind("127.0.0.1:" + std::to_string(closed.port()) + ": refused", 0) == 0);
  CHECK(r.lines[1].rfind("nonexistent.invalid:80: DNS failure, getaddrinfo ", 0) == 0);
}

TEST_CASE("probe: --expect, a banner without the text until the deadline: mismatch, exit 7") {
  ThreadServer server(serve_banner("220 mail.example ESMTP\r\n"));
  Plan p;
  p.opts.timeout = 0.1;
  p.opts.has_expect = true;
  p.opts.expect = "SSH-";
  p.plan.expect = "SSH-";
  p.target("127.0.0.1", server.port());
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitMismatch);
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0].rfind("127.0.0.1:" + std::to_string(server.port()) + ": mismatch, 127.0.0.1, connect ", 0) == 0);
  CHECK(r.lines[0].find(", 'SSH-' not received") != std::string::npos);
}

// The deadline passing while the name is still being resolved: the result is "timeout" and so is the
// exit status (4), though our own deadline's error there is getaddrinfo ETIMEDOUT, which the error
// table classes as dns (it exited 5 before).
TEST_CASE("probe: the deadline during the lookup is a timeout, exit 4") {
  Plan p;
  p.opts.timeout = 0;  // expires in the loop's first pass, before the lookup can answer
  p.target("localhost", 80);
  const Run r = run(p);
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0].rfind("localhost:80: timeout", 0) == 0);
  CHECK(r.code == kExitTimeout);
}

TEST_CASE("probe: --wait on a closed port gives up after the wait: one final line, exit 4 (not 3)") {
  ClosedPort closed("127.0.0.1");
  Plan p;
  p.opts.wait = 0.2 * static_cast<double>(time_factor());
  p.opts.interval = 0.05 * static_cast<double>(time_factor());
  p.target("127.0.0.1", closed.port());
  const double start = now_ms();
  const Run r = run(p);
  const double ms = now_ms() - start;
  CHECK(r.code == kExitTimeout);
  REQUIRE(r.lines.size() == 1);  // only the final result
  const std::string& l = r.lines[0];
  CHECK(l.rfind("127.0.0.1:" + std::to_string(closed.port()) + ": refused", 0) == 0);
  CHECK(l.find(", gave up after ") != std::string::npos);
  CHECK(l.find(" attempts in ") != std::string::npos);  // several: one every 50 ms for 200 ms
  // It kept trying until the next attempt would end past the wait.
  CHECK(ms >= 150 * static_cast<double>(time_factor()));
}

TEST_CASE("probe: --wait on an open port: open at the first attempt, exit 0") {
  ThreadServer server(serve_silent);
  Plan p;
  p.opts.wait = static_cast<double>(scaled_ms(10000)) / 1000;
  p.target("127.0.0.1", server.port());
  const Run r = run(p);
  server.join();
  CHECK(r.code == kExitOk);
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0].rfind("127.0.0.1:" + std::to_string(server.port()) + ": open, 127.0.0.1, connect ", 0) == 0);
  CHECK(r.lines[0].find(", after 1 attempt in ") != std::string::npos);
}

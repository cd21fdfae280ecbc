// The pure parts of `probe --hold`: the gap schedule, idle times in words, how a flow died, and the
// keepalive verdict read from TCP_INFO.
#include "commands/hold_schedule.h"

#include "core/error.h"

#include <doctest/doctest.h>
#include <uv.h>

using namespace netjs::commands;
using netjs::core::make_error;
using netjs::core::TcpInfo;

TEST_CASE("hold_gaps: doubling from the first gap, the last one exactly the duration") {
  CHECK(hold_gaps(15000, 240000) == std::vector<double>{15000, 30000, 60000, 120000, 240000});
  CHECK(hold_gaps(15000, 300000) == std::vector<double>{15000, 30000, 60000, 120000, 240000, 300000});
  CHECK(hold_gaps(200, 1000) == std::vector<double>{200, 400, 800, 1000});
  CHECK(hold_gaps(15000, 15000) == std::vector<double>{15000});
  // A first gap longer than the duration: just the duration.
  CHECK(hold_gaps(15000, 10000) == std::vector<double>{10000});
  // Bounded however small the first gap.
  CHECK(hold_gaps(1, 2147483000.0).size() == 32);
}

TEST_CASE("format_idle: seconds below a minute, then m/s and h/m") {
  CHECK(format_idle(200) == "0.2 s");
  CHECK(format_idle(250) == "0.25 s");
  CHECK(format_idle(601.4) == "0.601 s");
  CHECK(format_idle(1000) == "1 s");
  CHECK(format_idle(1500) == "1.5 s");
  CHECK(format_idle(15000) == "15 s");
  CHECK(format_idle(31234) == "31.2 s");
  CHECK(format_idle(59940) == "59.9 s");
  CHECK(format_idle(59960) == "1m");
  CHECK(format_idle(60000) == "1m");
  CHECK(format_idle(90000) == "1m30s");
  CHECK(format_idle(240000) == "4m");
  CHECK(format_idle(3600000) == "1h");
  CHECK(format_idle(3900000) == "1h05m");
  CHECK(format_idle(3630000) == "1h00m30s");
}

TEST_CASE("death_kind: reset-like errors are rst, ETIMEDOUT silence, the rest error") {
  CHECK(std::string(death_kind(make_error(UV_ECONNRESET, "read"))) == "rst");
  CHECK(std::string(death_kind(make_error(UV_EPIPE, "write"))) == "rst");
  CHECK(std::string(death_kind(make_error(UV_ECONNABORTED, "read"))) == "rst");
  CHECK(std::string(death_kind(make_error(UV_ETIMEDOUT, "read"))) == "silence");
  CHECK(std::string(death_kind(make_error(UV_EHOSTUNREACH, "read"))) == "error");
}

TEST_CASE("keepalive_verdict: what TCP_INFO at the end of a gap says about the probes") {
  TcpInfo info;
  info.last_data_recv_ms = 60000;
  info.last_ack_recv_ms = 4000;
  // An ACK during the gap and none outstanding: answered.
  CHECK(keepalive_verdict(info, 10000, 60000) == KeepaliveVerdict::kAnswered);
  // A gap shorter than the interval: no probe was due, whatever the numbers.
  CHECK(keepalive_verdict(info, 10000, 5000) == KeepaliveVerdict::kNotDue);
  // Probes outstanding.
  info.probes = 2;
  CHECK(keepalive_verdict(info, 10000, 60000) == KeepaliveVerdict::kUnanswered);
  info.probes = 0;
  // The last ACK is from the gap's start (the echo before it): no probe was answered.
  info.last_ack_recv_ms = 59950;
  CHECK(keepalive_verdict(info, 10000, 60000) == KeepaliveVerdict::kUnknown);
  // Data from the peer carried the ACK: not a probe's answer.
  info.last_ack_recv_ms = 3000;
  info.last_data_recv_ms = 3000;
  CHECK(keepalive_verdict(info, 10000, 60000) == KeepaliveVerdict::kUnknown);
}

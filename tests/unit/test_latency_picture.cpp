// The pictures of `netjs probe -c N` (histogram and sparkline), the byte sizes and the status line of
// `netjs serve --stats-interval`: pure formatting, every edge pinned here.
#include "commands/byte_size.h"
#include "commands/latency_picture.h"
#include "commands/serve_stats.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

using namespace netjs::commands;

namespace {

std::vector<LatencySample> times(const std::vector<double>& ms) {
  std::vector<LatencySample> out;
  for (double v : ms) out.push_back({v, ""});
  return out;
}

LatencySample failed(const char* why) { return {0, why}; }

std::size_t total(const std::vector<LatencyBucket>& b) {
  std::size_t n = 0;
  for (const auto& x : b) n += x.count;
  return n;
}

void check_widths(const std::vector<std::string>& lines, std::size_t width) {
  for (const std::string& l : lines) {
    INFO(l);
    CHECK(utf8_length(l) <= width);
  }
}

// The marks after "seq ...: " on the sparkline (the last line).
std::string marks(const std::vector<std::string>& lines) {
  const std::string& s = lines.back();
  return s.substr(s.find(": ") + 2);
}

}  // namespace

TEST_CASE("latency_buckets: linear 1-2-5 bounds; each time in [lo, hi), the largest in the last bucket") {
  auto b = latency_buckets(times({0.10, 0.15, 0.20, 0.25, 0.30, 0.40}));
  REQUIRE(b.size() == 3);
  CHECK(b.front().lo_ms == doctest::Approx(0.1));
  CHECK(b[0].hi_ms == doctest::Approx(0.2));
  CHECK(b.back().hi_ms == doctest::Approx(0.4));
  // 0.2 and 0.3 sit on edges: they open their bucket (float division must not put 0.3 below 0.3).
  CHECK(b[0].count == 2);
  CHECK(b[1].count == 2);
  CHECK(b[2].count == 2);  // 0.4 == hi of the last bucket: counted there, no bucket [0.4, 0.5)
  for (std::size_t i = 1; i < b.size(); ++i) CHECK(b[i].lo_ms == doctest::Approx(b[i - 1].hi_ms));
}

TEST_CASE("latency_buckets: a wide spread gets 1-2-5 bounds on a log scale; failures are not counted") {
  std::vector<LatencySample> s = times({0.12, 0.9, 3, 45, 900});
  s.push_back(failed("refused"));
  auto b = latency_buckets(s);
  REQUIRE(!b.empty());
  CHECK(b.front().lo_ms == doctest::Approx(0.1));
  CHECK(b.back().hi_ms == doctest::Approx(1000));
  CHECK(b.size() == 12);  // 0.1 0.2 0.5 1 2 5 10 20 50 100 200 500 1000
  CHECK(total(b) == 5);
  // Many decades: one row per decade, never dozens of rows.
  auto wide = latency_buckets(times({0.002, 50000}));
  CHECK(wide.size() <= 8);
  CHECK(total(wide) == 2);
}

TEST_CASE("latency_buckets: all equal, one sample, none open") {
  auto same = latency_buckets(times({0.25, 0.25, 0.25}));
  REQUIRE(same.size() == 1);
  CHECK(same[0].lo_ms == 0.25);
  CHECK(same[0].hi_ms == 0.25);
  CHECK(same[0].count == 3);
  auto one = latency_buckets(times({7.5}));
  REQUIRE(one.size() == 1);
  CHECK(one[0].count == 1);
  CHECK(latency_buckets({failed("timeout"), failed("refused")}).empty());
  CHECK(latency_buckets({}).empty());
  // Times closer than the microsecond JSON shows: buckets no narrower than 0.001 ms.
  auto close = latency_buckets(times({0.1001, 0.1002, 0.1004}));
  CHECK(total(close) == 3);
  CHECK(close.back().hi_ms - close.front().lo_ms >= 0.001 - 1e-12);
}

TEST_CASE("latency_picture: rows with bounds, bars and counts; failures on rows of their own; a sparkline") {
  std::vector<LatencySample> s = times({0.10, 0.15, 0.20, 0.26, 0.30, 0.40});
  s.insert(s.begin() + 2, failed("refused"));
  auto lines = latency_picture(s, true);
  REQUIRE(lines.size() == 3 + 1 + 1);
  CHECK(lines[0] == "  0.1\u20130.2 ms | " + std::string() + [] {
          std::string bar;
          for (int i = 0; i < 40; ++i) bar += "\u2588";
          return bar;
        }() + " 2");
  CHECK(lines[3].find("refused | \u00d7") != std::string::npos);
  CHECK(lines[3].substr(lines[3].size() - 2) == " 1");
  CHECK(lines[4].rfind("  seq 1\u20137: ", 0) == 0);
  CHECK(utf8_length(marks(lines)) == 7);
  CHECK(marks(lines) == "\u2581\u2582\u00d7\u2583\u2585\u2586\u2588");
  check_widths(lines, 80);
}

TEST_CASE("latency_picture: all equal is a flat middle line; all failed is only failure rows and marks") {
  auto flat = latency_picture(times({1, 1, 1}), true);
  REQUIRE(flat.size() == 2);
  CHECK(flat[0].find("1.000\u20131.000 ms") != std::string::npos);
  CHECK(marks(flat) == "\u2584\u2584\u2584");
  auto fails = latency_picture({failed("timeout"), failed("refused"), failed("timeout")}, true);
  REQUIRE(fails.size() == 3);
  CHECK(fails[0].rfind("  timeout | \u00d7", 0) == 0);
  CHECK(fails[0].substr(fails[0].size() - 2) == " 2");
  CHECK(fails[1].rfind("  refused | \u00d7", 0) == 0);
  CHECK(marks(fails) == "\u00d7\u00d7\u00d7");
  auto one = latency_picture(times({3.25}), true);
  REQUIRE(one.size() == 2);
  CHECK(one[1] == "  seq 1: \u2584");
}

TEST_CASE("histogram_json / samples_json: the --json summary's fields, times with three decimals") {
  std::vector<LatencySample> s = times({0.1, 0.25, 0.2});
  s.push_back(failed("timeout"));
  CHECK(histogram_json(s) ==
        "[{\"lo_ms\":0.100,\"hi_ms\":0.150,\"count\":1},{\"lo_ms\":0.150,\"hi_ms\":0.200,\"count\":0},"
        "{\"lo_ms\":0.200,\"hi_ms\":0.250,\"count\":2}]");
  CHECK(samples_json(s) == "[0.100,0.250,0.200,null]");
  CHECK(histogram_json({failed("refused")}) == "[]");
  CHECK(samples_json({}) == "[]");
}

TEST_CASE("latency_picture: at most 80 columns; many probes are grouped per mark, and the label says so") {
  std::vector<LatencySample> many;
  for (int i = 0; i < 1000; ++i) many.push_back({0.1 + (i % 17) * 37.0, ""});
  many[500] = failed("timeout");
  auto lines = latency_picture(many, true);
  check_widths(lines, 80);
  const std::string& spark = lines.back();
  const std::size_t per = std::stoul(spark.substr(spark.find(", ") + 2));
  CHECK(spark.find(" per mark: ") != std::string::npos);
  CHECK(utf8_length(marks(lines)) == (1000 + per - 1) / per);
  CHECK(utf8_length(marks(lines)) <= 72);
  CHECK(marks(lines).find("\u00d7") != std::string::npos);  // a group with a failure shows it
  // 72 probes still fit one mark each; the 73rd makes groups.
  std::vector<LatencySample> fit(60, LatencySample{0.5, ""});
  fit[0].ms = 0.1;
  auto f = latency_picture(fit, true);
  CHECK(f.back().find("per mark") == std::string::npos);
  CHECK(utf8_length(marks(f)) == 60);
  check_widths(f, 80);
  // A narrower terminal is honoured too.
  check_widths(latency_picture(many, true, 60), 60);
}

TEST_CASE("latency_picture: the ASCII form has no byte above 0x7f") {
  std::vector<LatencySample> s = times({0.1, 0.2, 0.9, 0.4});
  s.push_back(failed("refused"));
  auto lines = latency_picture(s, false);
  REQUIRE(lines.size() >= 3);
  for (const std::string& l : lines) {
    for (unsigned char c : l) CHECK(c < 0x80);
  }
  CHECK(lines[0].find("-") != std::string::npos);
  CHECK(lines[0].find("#") != std::string::npos);
  CHECK(marks(lines) == "_.#:x");
}

TEST_CASE("locale_is_utf8: LC_ALL, then LC_CTYPE, then LANG; the first one set decides") {
  const char* names[] = {"LC_ALL", "LC_CTYPE", "LANG"};
  std::string saved[3];
  bool had[3];
  for (int i = 0; i < 3; ++i) {
    const char* v = std::getenv(names[i]);
    had[i] = v != nullptr;
    if (v) saved[i] = v;
    unsetenv(names[i]);
  }
  CHECK(!locale_is_utf8());
  setenv("LANG", "en_US.UTF-8", 1);
  CHECK(locale_is_utf8());
  setenv("LC_CTYPE", "C", 1);
  CHECK(!locale_is_utf8());
  setenv("LC_ALL", "C.utf8", 1);
  CHECK(locale_is_utf8());
  setenv("LC_ALL", "", 1);  // empty: as if unset
  CHECK(!locale_is_utf8());
  for (int i = 0; i < 3; ++i) {
    if (had[i]) setenv(names[i], saved[i].c_str(), 1);
    else unsetenv(names[i]);
  }
}

TEST_CASE("format_bytes / format_rate: SI units, at most three significant digits") {
  CHECK(format_bytes(0) == "0 B");
  CHECK(format_bytes(999) == "999 B");
  CHECK(format_bytes(1000) == "1.0 kB");
  CHECK(format_bytes(1234) == "1.2 kB");
  CHECK(format_bytes(9949) == "9.9 kB");
  CHECK(format_bytes(9950) == "10 kB");
  CHECK(format_bytes(410000) == "410 kB");
  CHECK(format_bytes(999499) == "999 kB");
  CHECK(format_bytes(999500) == "1.0 MB");
  CHECK(format_bytes(1200000) == "1.2 MB");
  CHECK(format_bytes(5000000000000000ULL) == "5000 TB");
  CHECK(format_rate(0) == "0 B/s");
  CHECK(format_rate(-1) == "0 B/s");
  CHECK(format_rate(410000.4) == "410 kB/s");
  CHECK(format_rate(12.6) == "13 B/s");
}

TEST_CASE("format_serve_stats: the --stats-interval line; refused only when there were any") {
  ServeCounts c;
  c.connections_now = 3;
  c.connections_total = 17;
  c.bytes_in = 1200000;
  c.bytes_out = 1234;
  CHECK(format_serve_stats(c, 410000, 0) ==
        "3 connections now, 17 total, 1.2 MB in, 1.2 kB out, 410 kB/s in, 0 B/s out");
  c.connections_now = 1;
  c.refused = 2;
  CHECK(format_serve_stats(c, 0, 12) ==
        "1 connection now, 17 total, 2 refused, 1.2 MB in, 1.2 kB out, 0 B/s in, 12 B/s out");
}

TEST_CASE("format_serve_stats: serve -u counts datagrams and peers, not connections") {
  ServeCounts c;
  c.udp = true;
  c.datagrams_in = 12;
  c.datagrams_out = 11;
  c.peers = 2;
  c.bytes_in = 1200;
  c.bytes_out = 1100;
  CHECK(format_serve_stats(c, 410, 400) == "12 datagrams in, 11 out, 2 peers, 1.2 kB in, 1.1 kB out, 410 B/s in, 400 B/s out");
  c.datagrams_in = 1;
  c.peers = 1;
  CHECK(format_serve_stats(c, 0, 0) == "1 datagram in, 11 out, 1 peer, 1.2 kB in, 1.1 kB out, 0 B/s in, 0 B/s out");
}

// The small pure pieces of lib/commands: the exit code of each error class (and the --help table that
// documents them), durations for humans, ping-style statistics, JSON Lines events and their escaping,
// error descriptions and fields, and Output's JSON events on stdout.
#include "commands/exit_codes.h"
#include "commands/json_line.h"
#include "commands/output.h"
#include "commands/stats.h"
#include "core/error_class.h"

#include "commands_helpers.h"

#include <uv.h>

#include <cmath>
#include <limits>

using namespace netjs::test;
using namespace netjs::commands;
using netjs::core::ErrorClass;

TEST_CASE("exit_code_for: one code per class a script can tell apart; the rest are network errors") {
  CHECK(exit_code_for(ErrorClass::kNone) == 0);
  CHECK(exit_code_for(ErrorClass::kRefused) == 3);
  CHECK(exit_code_for(ErrorClass::kTimeout) == 4);
  CHECK(exit_code_for(ErrorClass::kDns) == 5);
  CHECK(exit_code_for(ErrorClass::kUnreachable) == 6);
  CHECK(exit_code_for(ErrorClass::kReset) == 6);
  CHECK(exit_code_for(ErrorClass::kOther) == 6);
  // Through the classification, as the sessions use it.
  CHECK(exit_code_for(classify(make_error(UV_ECONNREFUSED, "connect"))) == kExitRefused);
  CHECK(exit_code_for(classify(make_error(UV_ETIMEDOUT, "getaddrinfo"))) == kExitDns);
  CHECK(exit_code_for(classify(make_error(UV_EAI_NONAME, "getaddrinfo"))) == kExitDns);
  CHECK(exit_code_for(classify(make_error(UV_EPIPE, "write"))) == kExitNetwork);
}

TEST_CASE("exit_code_help: a line for each exit code, in order") {
  const std::string help = exit_code_help();
  std::size_t at = 0;
  for (int code = kExitOk; code <= kExitMismatch; ++code) {
    const std::string line = "\n  " + std::to_string(code) + "  ";
    const std::size_t found = help.find(line, at);
    CHECK_MESSAGE(found != std::string::npos, "no line for exit code " << code);
    if (found != std::string::npos) at = found;
  }
  CHECK(help.find("\n  8  ") == std::string::npos);
  CHECK(help.find("3  connection refused") != std::string::npos);
  CHECK(help.find("7  --expect") != std::string::npos);
}

TEST_CASE("format_ms: milliseconds with three decimals, then one, then seconds, then minutes") {
  CHECK(format_ms(0) == "0.000 ms");
  CHECK(format_ms(0.4123) == "0.412 ms");
  CHECK(format_ms(9.5) == "9.500 ms");
  CHECK(format_ms(10) == "10.0 ms");
  CHECK(format_ms(12.34) == "12.3 ms");
  CHECK(format_ms(999.9) == "999.9 ms");
  CHECK(format_ms(1000) == "1.00 s");
  CHECK(format_ms(1520) == "1.52 s");
  CHECK(format_ms(59990) == "59.99 s");
  CHECK(format_ms(60000) == "1m00s");
  CHECK(format_ms(123000) == "2m03s");
  CHECK(format_ms(123999) == "2m04s");  // whole seconds, rounded as the other units are
  CHECK(format_ms(123400) == "2m03s");
  CHECK(format_ms(3600000) == "60m00s");
}

TEST_CASE("RttStats: min, avg, max and mdev (the population standard deviation, as ping's)") {
  RttStats empty;
  CHECK(empty.count() == 0);
  CHECK(empty.min() == 0);
  CHECK(empty.max() == 0);
  CHECK(empty.avg() == 0);
  CHECK(empty.mdev() == 0);

  RttStats one;
  one.add(7.25);
  CHECK(one.count() == 1);
  CHECK(one.min() == 7.25);
  CHECK(one.max() == 7.25);
  CHECK(one.avg() == 7.25);
  CHECK(one.mdev() == 0);

  // 4, 1, 10, 3, 2: sum 20, avg 4; squares 130, 130/5 - 16 = 10, mdev sqrt(10).
  RttStats s;
  for (double v : {4.0, 1.0, 10.0, 3.0, 2.0}) s.add(v);
  CHECK(s.count() == 5);
  CHECK(s.min() == 1);
  CHECK(s.max() == 10);
  CHECK(s.avg() == doctest::Approx(4));
  CHECK(s.mdev() == doctest::Approx(std::sqrt(10.0)));

  // Equal values: no deviation, never the square root of a negative rounding error.
  RttStats same;
  for (int i = 0; i < 3; ++i) same.add(0.1);
  CHECK(same.avg() == doctest::Approx(0.1));
  CHECK(same.mdev() == doctest::Approx(0).epsilon(1e-6));
  CHECK_FALSE(std::isnan(same.mdev()));
}

TEST_CASE("now_ms: monotonic milliseconds") {
  const double a = now_ms();
  const double b = now_ms();
  CHECK(b >= a);
  CHECK(a > 0);
}

TEST_CASE("json_quote: quotes, backslashes and control characters escaped; other bytes as they are") {
  CHECK(json_quote("") == "\"\"");
  CHECK(json_quote("plain") == "\"plain\"");
  CHECK(json_quote("say \"hi\"") == "\"say \\\"hi\\\"\"");
  CHECK(json_quote("C:\\dir") == "\"C:\\\\dir\"");
  CHECK(json_quote("a\nb\rc\td") == "\"a\\nb\\rc\\td\"");
  CHECK(json_quote(std::string("\x01\x08\x0c\x1f", 4)) == "\"\\u0001\\u0008\\u000c\\u001f\"");
  CHECK(json_quote(std::string("a\0b", 3)) == "\"a\\u0000b\"");
  CHECK(json_quote("\x7f") == "\"\x7f\"");               // DEL needs no escape in JSON
  CHECK(json_quote("caf\xc3\xa9 \xe2\x82\xac") == "\"caf\xc3\xa9 \xe2\x82\xac\"");  // UTF-8 unchanged
  CHECK(json_quote("</script>") == "\"</script>\"");
}

TEST_CASE("json_quote: bytes that are not valid UTF-8 become U+FFFD, so the line stays valid JSON") {
  CHECK(json_quote("\xff") == "\"\\ufffd\"");
  CHECK(json_quote("a\x80" "b") == "\"a\\ufffdb\"");               // a stray continuation byte
  CHECK(json_quote("\xc3") == "\"\\ufffd\"");                     // cut short
  CHECK(json_quote("\xc0\xaf") == "\"\\ufffd\\ufffd\"");         // overlong '/'
  CHECK(json_quote("\xed\xa0\x80") == "\"\\ufffd\"");        // a UTF-16 surrogate: one for the sequence
  CHECK(json_quote("\xf4\x90\x80\x80") == "\"\\ufffd\"");    // beyond U+10FFFF: the same
  CHECK(json_quote("\xf0\x9f\x98\x80") == "\"\xf0\x9f\x98\x80\"");  // U+1F600, as it is
}

TEST_CASE("JsonLine: the event first, then each field in the order given") {
  const std::string text = JsonLine("probe")
                               .str("host", "ex\"ample")
                               .integer("port", 443)
                               .integer("big", -9007199254740993LL)
                               .number("connect_ms", 1.23456)
                               .number("zero", 0)
                               .boolean("open", true)
                               .boolean("closed", false)
                               .null("error")
                               .raw("tried", "[{\"a\":1}]")
                               .text();
  CHECK(text ==
        "{\"event\":\"probe\",\"host\":\"ex\\\"ample\",\"port\":443,\"big\":-9007199254740993,"
        "\"connect_ms\":1.235,\"zero\":0.000,\"open\":true,\"closed\":false,\"error\":null,"
        "\"tried\":[{\"a\":1}]}");
  CHECK(JsonLine("x").text() == "{\"event\":\"x\"}");
  CHECK(JsonLine("a\tb").text() == "{\"event\":\"a\\tb\"}");
}

TEST_CASE("JsonLine::number: three decimals; what JSON cannot hold is null") {
  CHECK(JsonLine("e").number("v", 2.0006).text() == "{\"event\":\"e\",\"v\":2.001}");  // rounded
  CHECK(JsonLine("e").number("v", 1234567.5).text() == "{\"event\":\"e\",\"v\":1234567.500}");
  CHECK(JsonLine("e").number("v", -3.25).text() == "{\"event\":\"e\",\"v\":-3.250}");
  CHECK(JsonLine("e").number("v", std::nan("")).text() == "{\"event\":\"e\",\"v\":null}");
  CHECK(JsonLine("e").number("v", std::numeric_limits<double>::infinity()).text() == "{\"event\":\"e\",\"v\":null}");
  CHECK(JsonLine("e").number("v", -std::numeric_limits<double>::infinity()).text() == "{\"event\":\"e\",\"v\":null}");
}

TEST_CASE("JsonLine::print: one line on stdout") {
  StdoutCapture capture;
  JsonLine("a").integer("n", 1).print();
  JsonLine("b").print();
  const std::string out = capture.text();
  CHECK(out == "{\"event\":\"a\",\"n\":1}\n{\"event\":\"b\"}\n");
}

TEST_CASE("describe_error: Node's message, then the description") {
  CHECK(describe_error(make_error(UV_ECONNREFUSED, "connect", "127.0.0.1", 1)) ==
        "connect ECONNREFUSED 127.0.0.1:1 (connection refused)");
  CHECK(describe_error(make_error(UV_ETIMEDOUT, "connect", "::1", 80)) ==
        "connect ETIMEDOUT ::1:80 (connection timed out)");
  CHECK(describe_error(make_error(UV_EPIPE, "write")) == "write EPIPE (broken pipe)");
  CHECK(describe_error(make_error(UV_EAI_NONAME, "getaddrinfo", "nonexistent.invalid")).rfind(
            "getaddrinfo EAI_NONAME nonexistent.invalid (", 0) == 0);
}

TEST_CASE("add_error_fields: code, syscall, address, port, class and message; null when unknown") {
  JsonLine full("error");
  add_error_fields(full, make_error(UV_ECONNREFUSED, "connect", "127.0.0.1", 8000));
  CHECK(full.text() ==
        "{\"event\":\"error\",\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\",\"address\":\"127.0.0.1\","
        "\"port\":8000,\"class\":\"refused\",\"message\":\"connect ECONNREFUSED 127.0.0.1:8000\"}");

  JsonLine bare("error");
  add_error_fields(bare, make_error(UV_EPIPE, "write"));
  CHECK(bare.text() ==
        "{\"event\":\"error\",\"code\":\"EPIPE\",\"syscall\":\"write\",\"address\":null,\"port\":null,"
        "\"class\":\"reset\",\"message\":\"write EPIPE\"}");

  JsonLine dns("error");
  add_error_fields(dns, make_error(UV_ETIMEDOUT, "getaddrinfo", "example.test"));
  CHECK(dns.text() ==
        "{\"event\":\"error\",\"code\":\"ETIMEDOUT\",\"syscall\":\"getaddrinfo\",\"address\":\"example.test\","
        "\"port\":null,\"class\":\"dns\",\"message\":\"getaddrinfo ETIMEDOUT example.test\"}");
}

TEST_CASE("Output: with --json, errors, failures and events are JSON lines on stdout; status is not") {
  StdoutCapture capture;
  Output json("connect", true, false);
  json.status("not shown");  // human text: stderr, and never with --json
  json.error(make_error(UV_ECONNREFUSED, "connect", "127.0.0.1", 9));
  json.error(make_error(UV_ECONNRESET, "read"), JsonLine("error").integer("id", 4));
  json.failure("EXPECT", "error", "'x' not received", "127.0.0.1", 9);
  json.event(JsonLine("end").str("by", "peer"));
  Output human("connect", false, true);
  human.event(JsonLine("never"));  // events only with --json
  const auto lines = lines_of(capture.text());
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] ==
        "{\"event\":\"error\",\"code\":\"ECONNREFUSED\",\"syscall\":\"connect\",\"address\":\"127.0.0.1\","
        "\"port\":9,\"class\":\"refused\",\"message\":\"connect ECONNREFUSED 127.0.0.1:9\"}");
  CHECK(lines[1] ==
        "{\"event\":\"error\",\"id\":4,\"code\":\"ECONNRESET\",\"syscall\":\"read\",\"address\":null,"
        "\"port\":null,\"class\":\"reset\",\"message\":\"read ECONNRESET\"}");
  CHECK(lines[2] == "{\"event\":\"error\",\"code\":\"EXPECT\",\"syscall\":null,\"address\":\"127.0.0.1\","
                    "\"port\":9,\"class\":\"error\",\"message\":\"'x' not received\"}");
  CHECK(lines[3] == "{\"event\":\"end\",\"by\":\"peer\"}");
  CHECK(json.json());
  CHECK_FALSE(human.json());
}

TEST_CASE("Output::line: a real line with --json, an inert one without (nothing built, nothing printed)") {
  StdoutCapture capture;
  Output json("serve", true, false);
  Output human("serve", false, false);
  CHECK(json.line("close").integer("id", 3).str("by", "peer").text() == "{\"event\":\"close\",\"id\":3,\"by\":\"peer\"}");
  JsonLine off = human.line("close").integer("id", 3).str("by", "peer").number("ms", 1).boolean("b", true).null("n");
  CHECK(off.text().empty());
  human.event(off);
  off.print();
  CHECK(capture.text().empty());
}

TEST_CASE("usage_error: returns the usage exit code") {
  CHECK(usage_error("probe", "bad port") == kExitUsage);
  CHECK(kExitUsage == 2);
}

// A value just under a unit's boundary that rounds up to it is shown in the next unit (it printed
// "1000.0 ms" for 999.96, "60.00 s" for 59999.6).
TEST_CASE("format_ms: a value that rounds up to the next unit is shown in that unit") {
  CHECK(format_ms(9.9996) == "10.0 ms");
  CHECK(format_ms(999.96) == "1.00 s");
  CHECK(format_ms(59999.6) == "1m00s");
}

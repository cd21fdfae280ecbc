// lib/runner's reading of a require('test') script's TAP and marks (tape_reader), and the verdicts
// that follow from its test()s.
#include "runner/job_result.h"
#include "runner/tape_reader.h"

#include <doctest/doctest.h>

#include <string>

using namespace netjs::runner;

namespace {

const std::string kScript =
    "some output before\n"
    "TAP version 13\n"
    "\x1eT\t1\t0\t-\tfirst test\n"
    "# first test\n"
    "\x1e" "A\t1\n"
    "ok 1 should be truthy\n"
    "\x1e" "A\t1\n"
    "not ok 2 should be strictly equal\n"
    "  ---\n"
    "    operator: equal\n"
    "    expected: 2\n"
    "    actual:   1\n"
    "  ...\n"
    "# a comment that looks like a test name\n"
    "\x1eT\t2\t1\t-\tchild\n"
    "# child\n"
    "\x1e" "A\t2\n"
    "ok 3 fine\n"
    "\x1e" "E\t2\n"
    "\x1e" "E\t1\n"
    "\x1eT\t3\t0\tskip\tskipped one\n"
    "# SKIP skipped one\n"
    "\x1e" "E\t3\n"
    "\x1eT\t4\t0\ttodo\tlater\n"
    "# TODO later\n"
    "\x1e" "A\t4\n"
    "not ok 4 not yet # TODO\n"
    "  ---\n"
    "    operator: fail\n"
    "  ...\n"
    "\x1e" "E\t4\n"
    "\x1eT\t5\t0\t-\thangs\n"
    "# hangs\n"
    "\x1e" "A\t5\n"
    "ok 5 started\n"
    "\n1..5\n";

TapeReader read_in_chunks(const std::string& text, std::size_t chunk) {
  TapeReader r(1 << 20);
  double t = 0;
  for (std::size_t i = 0; i < text.size(); i += chunk) {
    std::size_t n = std::min(chunk, text.size() - i);
    r.feed(text.data() + i, n, t);
    t += 0.001;
  }
  r.finish(t);
  return r;
}

}  // namespace

TEST_CASE("tape reader: each test() with its assertions, whatever the chunking") {
  for (std::size_t chunk : {std::size_t{1}, std::size_t{7}, kScript.size()}) {
    CAPTURE(chunk);
    TapeReader r = read_in_chunks(kScript, chunk);
    bool truncated = true;
    std::string out = r.take_output(&truncated);
    CHECK_FALSE(truncated);
    CHECK(out.find('\x1e') == std::string::npos);  // the marks are not part of the output
    CHECK(out.find("some output before\nTAP version 13\n# first test\nok 1 should be truthy\n") == 0);
    std::vector<Subtest> s = r.take_subtests();
    REQUIRE(s.size() == 5);
    CHECK(s[0].name == "first test");
    CHECK(s[0].assertions == 2);
    CHECK(s[0].failed == 1);
    CHECK(s[0].ended);
    CHECK(s[0].message == "should be strictly equal");
    CHECK(s[0].details == "not ok 2 should be strictly equal\n  ---\n    operator: equal\n    expected: 2\n"
                         "    actual:   1\n  ...\n");
    CHECK(s[1].name == "first test > child");
    CHECK(s[1].assertions == 1);
    CHECK_FALSE(failed(s[1]));
    CHECK(s[2].skip);
    CHECK(s[2].assertions == 0);
    CHECK_FALSE(failed(s[2]));
    CHECK(s[3].todo);
    CHECK(s[3].failed == 0);  // a todo assertion's failure does not count
    CHECK_FALSE(failed(s[3]));
    CHECK_FALSE(s[4].ended);
    CHECK(failed(s[4]));
    CHECK(r.dropped() == 0);
  }
}

TEST_CASE("tape reader: a repeated name gets a number") {
  TapeReader r = read_in_chunks("\x1eT\t1\t0\t-\tsame\n\x1eT\t2\t0\t-\tsame\n\x1eT\t3\t0\t-\tsame\n", 5);
  std::vector<Subtest> s = r.take_subtests();
  REQUIRE(s.size() == 3);
  CHECK(s[0].name == "same");
  CHECK(s[1].name == "same (2)");
  CHECK(s[2].name == "same (3)");
}

TEST_CASE("tape reader: a mark after output without a newline") {
  TapeReader r = read_in_chunks("dots...\x1eT\t1\t0\t-\tt\n# t\n\x1e" "A\t1\nnot ok 1 x\n", 2);
  std::vector<Subtest> s = r.take_subtests();
  REQUIRE(s.size() == 1);
  CHECK(s[0].failed == 1);
  bool truncated = false;
  CHECK(r.take_output(&truncated) == "dots...# t\nnot ok 1 x\n");
}

TEST_CASE("tape reader: without marks, output is only kept") {
  TapeReader r = read_in_chunks("TAP version 13\n# a\nok 1 x\nnot ok 2 y\n", 3);
  CHECK(r.take_subtests().empty());
  bool truncated = false;
  CHECK(r.take_output(&truncated) == "TAP version 13\n# a\nok 1 x\nnot ok 2 y\n");
}

TEST_CASE("tape reader: bounded") {
  SUBCASE("tests past the limit are counted, not kept") {
    std::string text;
    for (std::size_t i = 1; i <= TapeReader::kMaxSubtests + 3; ++i) {
      text += "\x1eT\t" + std::to_string(i) + "\t0\t-\tt" + std::to_string(i) + "\n\x1e" "E\t" + std::to_string(i) + "\n";
    }
    TapeReader r = read_in_chunks(text, 4096);
    CHECK(r.take_subtests().size() == TapeReader::kMaxSubtests);
    CHECK(r.dropped() == 3);
  }
  SUBCASE("failure details stop at kMaxDetails") {
    std::string text = "\x1eT\t1\t0\t-\tmany\n";
    for (int i = 0; i < 500; ++i) text += "\x1e" "A\t1\nnot ok " + std::to_string(i + 1) + " failure number " + std::to_string(i) + "\n";
    TapeReader r = read_in_chunks(text, 100);
    std::vector<Subtest> s = r.take_subtests();
    REQUIRE(s.size() == 1);
    CHECK(s[0].failed == 500);
    CHECK(s[0].message == "failure number 0");
    CHECK(s[0].details.size() <= TapeReader::kMaxDetails);
    CHECK(s[0].details.find("[more not shown]\n") != std::string::npos);
  }
  SUBCASE("all of a file's details stop at kMaxAllDetails; names at kMaxName") {
    std::string text;
    std::string long_name(3 * TapeReader::kMaxName, 'n');
    for (int t = 1; t <= 200; ++t) {
      std::string id = std::to_string(t);
      text += "\x1eT\t" + id + "\t0\t-\t" + long_name + "\n";
      for (int i = 0; i < 40; ++i) text += "\x1e" "A\t" + id + "\nnot ok 1 " + std::string(100, 'f') + "\n";
    }
    TapeReader r = read_in_chunks(text, 65536);
    std::vector<Subtest> s = r.take_subtests();
    REQUIRE(s.size() == 200);
    std::size_t all = 0;
    for (const Subtest& x : s) {
      all += x.details.size();
      CHECK(x.failed == 40);
      CHECK(x.name.size() <= TapeReader::kMaxName + 16);
    }
    CHECK(all <= TapeReader::kMaxAllDetails + 200 * 32);
    CHECK(s.back().details == "[more not shown]\n");
  }
  SUBCASE("an overlong line is kept in the output but not parsed") {
    std::string text = "\x1eT\t1\t0\t-\tt\n\x1e" "A\t1\n" + std::string("not ok 1 ") + std::string(TapeReader::kMaxLine, 'x') +
                       "\n\x1e" "A\t1\nok 2 short\n";
    TapeReader r = read_in_chunks(text, 1000);
    std::vector<Subtest> s = r.take_subtests();
    REQUIRE(s.size() == 1);
    CHECK(s[0].assertions == 1);
    CHECK(s[0].failed == 0);
    bool truncated = false;
    CHECK(r.take_output(&truncated).size() == 9 + TapeReader::kMaxLine + 1 + 11);
  }
}

TEST_CASE("verdict: a failed test() fails the file whatever its exit code; unfinished ones fail") {
  TestFile file;
  file.path = "t.js";
  auto outcome = [](int64_t status, bool first_failed, bool second_ended) {
    ProcessOutcome o;
    o.exited = true;
    o.exit_status = status;
    Subtest a;
    a.name = "a";
    a.ended = true;
    a.assertions = 1;
    if (first_failed) {
      a.failed = 1;
      a.message = "should be truthy";
    }
    Subtest b;
    b.name = "b";
    b.ended = second_ended;
    o.subtests = {a, b};
    return o;
  };
  TestResult r = judge(file, outcome(0, true, true));
  CHECK(r.verdict == Verdict::kFail);
  CHECK(r.reason == "1 of 2 tests failed");

  r = judge(file, outcome(1, true, true));
  CHECK(r.verdict == Verdict::kFail);
  CHECK(r.reason == "exit code 1; 1 of 2 tests failed");

  r = judge(file, outcome(1, false, false));
  CHECK(r.reason == "exit code 1; 1 of 2 tests failed");
  CHECK(r.subtests[1].message == "did not end: exit code 1");

  r = judge(file, outcome(0, false, true));
  CHECK(r.verdict == Verdict::kPass);
  CHECK(r.reason.empty());

  file.directives.expect_fail = true;
  r = judge(file, outcome(0, true, true));
  CHECK(r.verdict == Verdict::kPass);
  CHECK(r.expected_failure);
}

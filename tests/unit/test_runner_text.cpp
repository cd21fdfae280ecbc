// lib/runner pieces without processes: header directives, output sanitising and escaping, tails,
// filters, and the verdict rules.
#include "runner/directives.h"
#include "runner/discovery.h"
#include "runner/job_result.h"
#include "runner/tail_buffer.h"
#include "runner/text.h"

#include "core/hang_report_protocol.h"

#include <doctest/doctest.h>

#include <csignal>

using namespace netjs::runner;

TEST_CASE("directives: header comments only, several per line, skip takes the rest") {
  Directives d = parse_directives("#!/usr/bin/env netjs\n'use strict';\n/* licence\n   text */\n\n"
                                  "// netjs-test: expect-fail timeout=2.5\n// other comment\n"
                                  "// netjs-test: skip no IPv6 here  \nvar x = 1;\n// netjs-test: timeout=99\n");
  CHECK(d.expect_fail);
  CHECK(d.timeout_s == doctest::Approx(2.5));  // the one after the code does not count
  CHECK(d.skip);
  CHECK(d.skip_reason == "no IPv6 here");
  CHECK(d.error.empty());

  CHECK(parse_directives("var a;\n// netjs-test: skip late\n").skip == false);
  CHECK(parse_directives("// netjs-test: timeout=0\n").error.find("bad timeout '0'") == 0);
  CHECK(parse_directives("// netjs-test: timeout=5s\n").error.find("bad timeout '5s'") == 0);
  CHECK(parse_directives("// netjs-test: flaky\n").error.find("unknown directive 'flaky'") == 0);
  CHECK(parse_directives("// netjs-test: skip\n").skip_reason.empty());
}

TEST_CASE("printable_utf8: keeps valid text, replaces controls and malformed bytes") {
  CHECK(printable_utf8("plain\ttext\nä€😀") == "plain\ttext\nä€😀");
  CHECK(printable_utf8("a\r\nb") == "a\nb");
  CHECK(printable_utf8(std::string("x\x01y\x7f", 4)) == "x\xEF\xBF\xBDy\xEF\xBF\xBD");
  CHECK(printable_utf8("\xff\xfe") == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(printable_utf8("\xc3\x28") == "\xEF\xBF\xBD(");          // truncated sequence
  CHECK(printable_utf8("\xc0\xaf") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(printable_utf8("\xed\xa0\x80") == "\xEF\xBF\xBD");       // a UTF-16 surrogate
  CHECK(printable_utf8("\xc2\x85") == "\xc2\x85");               // NEL is allowed
  CHECK(printable_utf8("\xc2\x9b") == "\xEF\xBF\xBD");           // other C1 controls are not
  CHECK(printable_utf8(std::string("\0", 1)) == "\xEF\xBF\xBD");
}

TEST_CASE("xml_escape: text and attributes") {
  CHECK(xml_escape("<a href=\"x\">&'</a>", false) == "&lt;a href=\"x\"&gt;&amp;'&lt;/a&gt;");
  CHECK(xml_escape("\"'\n\t<", true) == "&quot;&apos;&#10;&#9;&lt;");
  CHECK(xml_escape("]]>", false) == "]]&gt;");
}

TEST_CASE("last_lines and split_lines") {
  CHECK(last_lines("", 3).empty());
  CHECK(last_lines("a\nb\nc\n", 2) == "b\nc");
  CHECK(last_lines("a\nb\nc", 5) == "a\nb\nc");
  CHECK(last_lines("\na", 1) == "a");
  CHECK(last_lines("one", 1) == "one");
  CHECK(split_lines("a\n\nb\n") == std::vector<std::string>{"a", "", "b"});
}

TEST_CASE("TailBuffer keeps the end and says when it dropped bytes") {
  TailBuffer t(4);
  t.append("abc", 3);
  bool truncated = true;
  CHECK(t.take(&truncated) == "abc");
  CHECK_FALSE(truncated);
  TailBuffer u(4);
  for (char c = 'a'; c <= 'z'; ++c) u.append(&c, 1);
  CHECK(u.take(&truncated) == "wxyz");
  CHECK(truncated);
}

TEST_CASE("filter_matches: substring, or glob when it has glob characters") {
  CHECK(filter_matches("net/", "tests/js/net/test_x.js"));
  CHECK_FALSE(filter_matches("nett", "tests/js/net/test_x.js"));
  CHECK(filter_matches("*/net/test_*", "tests/js/net/test_x.js"));
  CHECK_FALSE(filter_matches("net/test_*", "tests/js/net/test_x.js"));  // a glob matches the whole path
}

TEST_CASE("judge: verdicts from exit status, signal, timeout and expect-fail") {
  TestFile f;
  f.path = "t.js";
  ProcessOutcome ok;
  ok.exited = true;
  CHECK(judge(f, ok).verdict == Verdict::kPass);

  ProcessOutcome bad = ok;
  bad.exit_status = 3;
  TestResult r = judge(f, bad);
  CHECK(r.verdict == Verdict::kFail);
  CHECK(r.reason == "exit code 3");

  ProcessOutcome sig = ok;
  sig.term_signal = SIGSEGV;
  CHECK(judge(f, sig).reason == "killed by SIGSEGV");

  f.directives.expect_fail = true;
  r = judge(f, bad);
  CHECK(r.verdict == Verdict::kPass);
  CHECK(r.expected_failure);
  CHECK(r.reason == "failed as expected: exit code 3");
  CHECK(judge(f, ok).verdict == Verdict::kFail);

  // A timeout is a timeout even for an expect-fail test; the hang report leaves stderr.
  ProcessOutcome hung;
  hung.exited = true;
  hung.exit_status = netjs::core::kHangReportExit;
  hung.timed_out = true;
  hung.timeout_s = 60;
  hung.err = std::string("before\n") + netjs::core::kHangReportHeader + "2\n" + netjs::core::kHangReportItem +
             "tcp server 127.0.0.1:80\n" + netjs::core::kHangReportItem + "timer (setInterval 10 ms)\n";
  r = judge(f, hung);
  CHECK(r.verdict == Verdict::kTimeout);
  CHECK(r.reason == "timed out after 60 s; open handles: tcp server 127.0.0.1:80, timer (setInterval 10 ms)");
  CHECK(r.open_handles.size() == 2);
  CHECK(r.err == "before\n");

  ProcessOutcome busy;
  busy.exited = true;
  busy.term_signal = SIGKILL;
  busy.timed_out = true;
  busy.timeout_s = 0.5;
  CHECK(judge(f, busy).reason == "timed out after 0.5 s; no handle report (busy?)");
}

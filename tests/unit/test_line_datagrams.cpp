// LineDatagrams: stdin cut into one datagram per line for `netjs connect -u`.
#include <doctest/doctest.h>

#include "commands/line_datagrams.h"

#include <string>
#include <vector>

using netjs::commands::LineDatagrams;
using Lines = std::vector<std::string>;

namespace {
Lines add(LineDatagrams& l, const std::string& s) { return l.add(s.data(), s.size()); }
}  // namespace

TEST_CASE("LineDatagrams: each line keeps its newline") {
  LineDatagrams l(100);
  CHECK(add(l, "one\ntwo\n") == Lines{"one\n", "two\n"});
  CHECK(l.pending() == 0);
  CHECK(l.finish().empty());
}

TEST_CASE("LineDatagrams: a line split across reads is sent once complete") {
  LineDatagrams l(100);
  CHECK(add(l, "hel").empty());
  CHECK(l.pending() == 3);
  CHECK(add(l, "lo\nwor") == Lines{"hello\n"});
  CHECK(add(l, "ld\n") == Lines{"world\n"});
}

TEST_CASE("LineDatagrams: the last line without a newline comes at the end") {
  LineDatagrams l(100);
  CHECK(add(l, "a\nlast").empty() == false);
  CHECK(l.finish() == Lines{"last"});
  CHECK(l.finish().empty());
}

TEST_CASE("LineDatagrams: empty lines and binary bytes are datagrams too") {
  LineDatagrams l(100);
  const std::string bytes("\n\0x\n", 4);
  CHECK(add(l, bytes) == Lines{"\n", std::string("\0x\n", 3)});
  CHECK(add(l, "").empty());
}

TEST_CASE("LineDatagrams: a line longer than the limit leaves in full pieces") {
  LineDatagrams l(4);
  CHECK(add(l, "abcdefghij") == Lines{"abcd", "efgh"});
  CHECK(l.pending() == 2);
  CHECK(add(l, "k\nxy") == Lines{"ijk\n"});
  CHECK(add(l, "z\n") == Lines{"xyz\n"});
  CHECK(add(l, "abc\n") == Lines{"abc\n"});  // exactly the limit, newline included
  CHECK(add(l, "abcd\n") == Lines{"abcd", "\n"});
  CHECK(l.finish().empty());
}

#include "commands/expect_window.h"

#include <doctest/doctest.h>

#include <string>

using netjs::commands::ExpectWindow;

namespace {
bool feed(ExpectWindow& w, const std::string& text, const std::string& data) { return w.feed(text, data.data(), data.size()); }
}  // namespace

TEST_CASE("ExpectWindow: the text in one read, split over reads, or never") {
  ExpectWindow one;
  CHECK(feed(one, "PONG", "+PONG\r\n"));

  ExpectWindow split;
  CHECK_FALSE(feed(split, "PONG", "xx P"));
  CHECK_FALSE(feed(split, "PONG", "O"));
  CHECK(feed(split, "PONG", "NG"));

  ExpectWindow byte_by_byte;
  const std::string reply = "220 mail.example ESMTP ready";
  bool matched = false;
  for (char c : reply) matched = feed(byte_by_byte, "ESMTP", std::string(1, c)) || matched;
  CHECK(matched);

  ExpectWindow never;
  for (int i = 0; i < 1000; ++i) CHECK_FALSE(feed(never, "needle", "haystack hay nee"));
}

TEST_CASE("ExpectWindow: binary text with NUL bytes; an empty text matches at once") {
  ExpectWindow bin;
  const std::string text("\0\xff", 2);
  CHECK_FALSE(feed(bin, text, std::string("ab\0", 3)));
  CHECK(feed(bin, text, std::string("\xff", 1)));
  ExpectWindow empty;
  CHECK(feed(empty, "", ""));
}

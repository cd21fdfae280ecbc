// The packing of the embedded bytecode (js/lz_block.h): what is packed unpacks to itself, whatever
// its shape, and a damaged block is refused without reading or writing out of bounds.
#include "js/lz_block.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace js = netjs::js;

namespace {

const unsigned char* bytes(const std::string& s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::string round_trip(const std::string& data) {
  std::string packed = js::lz_pack(bytes(data), data.size());
  std::vector<unsigned char> out(data.size() + 1, 0xAA);
  REQUIRE(js::lz_unpack(bytes(packed), packed.size(), out.data(), data.size()));
  CHECK(out[data.size()] == 0xAA);  // nothing written past the end
  return std::string(out.begin(), out.end() - 1);
}

// Deterministic bytes with little repetition (a linear congruential generator).
std::string noise(std::size_t n) {
  std::string s;
  unsigned x = 12345;
  for (std::size_t i = 0; i < n; ++i) s += static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  return s;
}

}  // namespace

TEST_CASE("lz_block: packed data unpacks to itself") {
  CHECK(round_trip("").empty());
  CHECK(round_trip("a") == "a");
  CHECK(round_trip("abcd") == "abcd");
  const std::string run(1000, 'x');  // one long, self-overlapping match
  CHECK(round_trip(run) == run);
  std::string text;
  for (int i = 0; i < 300; ++i) text += "function f" + std::to_string(i % 17) + "(a, b) { return a + b; }\n";
  CHECK(round_trip(text) == text);
  CHECK(js::lz_pack(bytes(text), text.size()).size() < text.size() / 4);
  const std::string rnd = noise(70000);  // long literal runs, matches beyond the 64 KiB window are not used
  CHECK(round_trip(rnd) == rnd);
  const std::string mixed = rnd.substr(0, 300) + text + rnd.substr(0, 300) + run + text;
  CHECK(round_trip(mixed) == mixed);
}

TEST_CASE("lz_block: a damaged block is refused") {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "exports.x" + std::to_string(i % 7) + " = require('events');\n";
  const std::string packed = js::lz_pack(bytes(text), text.size());
  std::vector<unsigned char> out(text.size());
  // Every truncation that loses bytes (only a final empty sequence can go), and a wrong expected
  // size either way.
  for (std::size_t n = 0; n < packed.size(); ++n) {
    CAPTURE(n);
    const bool whole = n == packed.size() - 1 && packed.back() == 0;
    CHECK(js::lz_unpack(bytes(packed), n, out.data(), out.size()) == whole);
  }
  CHECK_FALSE(js::lz_unpack(bytes(packed), packed.size(), out.data(), out.size() - 1));
  std::vector<unsigned char> bigger(text.size() + 1);
  CHECK_FALSE(js::lz_unpack(bytes(packed), packed.size(), bigger.data(), bigger.size()));
  // A match reaching back before the start of the output.
  const unsigned char back[] = {0x10, 'a', 0x05, 0x00};
  CHECK_FALSE(js::lz_unpack(back, sizeof back, out.data(), 5));
  const unsigned char zero_offset[] = {0x10, 'a', 0x00, 0x00};
  CHECK_FALSE(js::lz_unpack(zero_offset, sizeof zero_offset, out.data(), 5));
  // A literal count longer than the input.
  const unsigned char long_literal[] = {0xF0, 0xFF};
  CHECK_FALSE(js::lz_unpack(long_literal, sizeof long_literal, out.data(), out.size()));
}

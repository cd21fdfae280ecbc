// connect --hexdump's formatter and writer: the header of each chunk, 16 bytes a line in two groups of
// 8, short last lines padded so the ASCII column stays put, offsets counting on across chunks and kept
// apart per direction, non-printable bytes as '.'.
#include "commands/hex_dump.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>

using namespace netjs::commands;

namespace {
std::string read_all(std::FILE* f) {
  std::rewind(f);
  std::string text;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) text.append(buf, n);
  return text;
}
}  // namespace

TEST_CASE("format_hex_chunk: header, a full line and a partial one, ASCII column aligned") {
  const std::string data("Hello, world!\n\x00\xff" "ABC", 19);
  const std::string text = format_hex_chunk(DumpDirection::kOut, 0.000123, 0, data.data(), data.size());
  CHECK(text ==
        "> 0.000123 s  offset 0x00000000  19 bytes\n"
        "  00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0a 00 ff  |Hello, world!...|\n"
        "  00000010  41 42 43                                          |ABC|\n");
}

TEST_CASE("format_hex_chunk: received data, an offset further on, a single byte") {
  const char byte = '\x7f';  // DEL is not printable
  CHECK(format_hex_chunk(DumpDirection::kIn, 1.5, 0x1234, &byte, 1) ==
        "< 1.500000 s  offset 0x00001234  1 byte\n"
        "  00001234  7f                                                |.|\n");
}

TEST_CASE("format_hex_chunk: exactly 8 and 16 bytes end their lines cleanly") {
  const std::string eight = "01234567";
  CHECK(format_hex_chunk(DumpDirection::kOut, 0, 0, eight.data(), 8) ==
        "> 0.000000 s  offset 0x00000000  8 bytes\n"
        "  00000000  30 31 32 33 34 35 36 37                           |01234567|\n");
  const std::string sixteen = "0123456789abcdef";
  const std::string text = format_hex_chunk(DumpDirection::kOut, 0, 16, sixteen.data(), 16);
  CHECK(text.find("  00000010  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n") !=
        std::string::npos);
  CHECK(text.find("00000020") == std::string::npos);  // no empty line after a full one
}

TEST_CASE("format_hex_chunk: offsets past 4 GiB (a 64-bit count, also where size_t is 32 bits)") {
  const char c = 'x';
  const uint64_t big = (uint64_t{1} << 32) + 16;
  CHECK(format_hex_chunk(DumpDirection::kIn, 0, big, &c, 1).find("offset 0x100000010") != std::string::npos);
}

TEST_CASE("HexDumpWriter: offsets continue across chunks, each direction on its own") {
  std::FILE* f = std::tmpfile();
  REQUIRE(f != nullptr);
  HexDumpWriter writer(f, 0);
  writer.dump(DumpDirection::kOut, "abc", 3);
  writer.dump(DumpDirection::kIn, "0123456789abcdefXY", 18);
  writer.dump(DumpDirection::kOut, "de", 2);
  writer.dump(DumpDirection::kIn, "", 0);  // nothing moved: nothing dumped
  writer.dump(DumpDirection::kIn, "Z", 1);
  CHECK(writer.offset(DumpDirection::kOut) == 5);
  CHECK(writer.offset(DumpDirection::kIn) == 19);
  const std::string text = read_all(f);
  std::fclose(f);
  CHECK(text.find("> ") == 0);
  CHECK(text.find("offset 0x00000000  3 bytes\n  00000000  61 62 63 ") != std::string::npos);
  CHECK(text.find("offset 0x00000000  18 bytes\n  00000000  30 31") != std::string::npos);
  CHECK(text.find("  00000010  58 59 ") != std::string::npos);
  CHECK(text.find("offset 0x00000003  2 bytes\n  00000003  64 65 ") != std::string::npos);
  CHECK(text.find("offset 0x00000012  1 byte\n  00000012  5a ") != std::string::npos);
  // Four chunks, four headers.
  std::size_t headers = 0;
  for (std::size_t at = 0; (at = text.find(" s  offset 0x", at)) != std::string::npos; ++at) ++headers;
  CHECK(headers == 4);
}

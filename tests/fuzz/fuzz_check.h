// How the fuzz targets report a broken property: a message on stderr, then abort(). libFuzzer takes
// the abort for a crash and saves the input; in the replay build (replay_main.cpp) it fails the test.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace netjs::fuzz {

[[noreturn]] inline void fail(const char* file, int line, const char* condition, const std::string& detail) {
  std::fprintf(stderr, "%s:%d: property failed: %s\n  %s\n", file, line, condition, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

// Bytes as a C string literal would show them, cut after `max` bytes: for failure messages.
inline std::string printable(const std::string& bytes, std::size_t max = 200) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < bytes.size() && i < max; ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7F) {
      out += static_cast<char>(c);
    } else {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  out += '"';
  if (bytes.size() > max) out += "... (" + std::to_string(bytes.size()) + " bytes)";
  return out;
}

}  // namespace netjs::fuzz

// `detail` (a std::string expression) is only evaluated when the check fails.
#define FUZZ_CHECK(condition, detail)                                          \
  do {                                                                         \
    if (!(condition)) ::netjs::fuzz::fail(__FILE__, __LINE__, #condition, (detail)); \
  } while (0)

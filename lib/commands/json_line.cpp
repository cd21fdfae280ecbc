#include "commands/json_line.h"

#include "core/utf8.h"

#include <cmath>
#include <cstdio>

namespace netjs::commands {

// Texts from the command line or the network (an --expect, a peer's address) may hold any bytes; a
// byte that is not part of valid UTF-8 becomes U+FFFD, so every line stays valid JSON.
std::string json_quote(const std::string& s) {
  std::string out = "\"";
  out.reserve(s.size() + 2);
  for (std::size_t i = 0; i < s.size();) {
    // Most text is plain printable ASCII: copy such a run at once.
    std::size_t plain = i;
    while (plain < s.size()) {
      const unsigned char p = static_cast<unsigned char>(s[plain]);
      if (p < 0x20 || p >= 0x7f || p == '"' || p == '\\') break;
      ++plain;
    }
    if (plain > i) {
      out.append(s, i, plain - i);
      i = plain;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = 0;
    const std::size_t n =
        core::utf8_sequence(reinterpret_cast<const unsigned char*>(s.data()) + i, s.size() - i, &cp);
    if (n == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      out += "\\ufffd";
      i += n == 0 ? 1 : n;  // a malformed byte, or a whole sequence JSON cannot carry
      continue;
    }
    if (n > 1) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    ++i;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

JsonLine::JsonLine(const std::string& event) { body_ = "{\"event\":" + json_quote(event); }

// Keys are identifiers written in the code ("remote_port"): nothing in them needs escaping.
void JsonLine::key(const char* k) {
  body_ += ",\"";
  body_ += k;
  body_ += "\":";
}

JsonLine& JsonLine::str(const char* k, const std::string& value) {
  if (!on_) return *this;
  key(k);
  body_ += json_quote(value);
  return *this;
}

JsonLine& JsonLine::integer(const char* k, int64_t value) {
  if (!on_) return *this;
  key(k);
  body_ += std::to_string(value);
  return *this;
}

JsonLine& JsonLine::number(const char* k, double value) {
  if (!on_) return *this;
  key(k);
  if (!std::isfinite(value)) {
    body_ += "null";
    return *this;
  }
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.3f", value);
  body_ += buf;
  return *this;
}

JsonLine& JsonLine::boolean(const char* k, bool value) {
  if (!on_) return *this;
  key(k);
  body_ += value ? "true" : "false";
  return *this;
}

JsonLine& JsonLine::null(const char* k) {
  if (!on_) return *this;
  key(k);
  body_ += "null";
  return *this;
}

JsonLine& JsonLine::raw(const char* k, const std::string& json) {
  if (!on_) return *this;
  key(k);
  body_ += json;
  return *this;
}

void JsonLine::print() const {
  if (!on_) return;
  std::string line = text() + "\n";
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

}  // namespace netjs::commands

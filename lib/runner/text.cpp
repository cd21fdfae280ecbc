#include "runner/text.h"

#include "core/signal.h"
#include "core/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace netjs::runner {

namespace {

const char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool allowed(uint32_t cp) {
  if (cp == '\t' || cp == '\n') return true;
  if (cp < 0x20 || cp == 0x7F) return false;
  if (cp >= 0x80 && cp <= 0x9F) return cp == 0x85;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (cp == 0xFFFE || cp == 0xFFFF) return false;
  return cp <= 0x10FFFF;
}

}  // namespace

std::string printable_utf8(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c == '\r') {
      ++i;
      continue;
    }
    uint32_t cp;
    const std::size_t len = core::utf8_sequence(p + i, n - i, &cp);
    if (len == 0) {
      out += kReplacement;
      ++i;  // resynchronise at the next byte
      continue;
    }
    if (allowed(cp)) append_utf8(out, cp);
    else out += kReplacement;
    i += len;
  }
  return out;
}

std::string xml_escape(const std::string& s, bool attribute) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\'': out += attribute ? "&apos;" : "'"; break;
      // Attribute values are whitespace-normalised by parsers; character references survive.
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t eol = s.find('\n', pos);
    if (eol == std::string::npos) eol = s.size();
    lines.push_back(s.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return lines;
}

std::string last_lines(const std::string& s, std::size_t n) {
  std::string t = s;
  while (!t.empty() && t.back() == '\n') t.pop_back();
  if (t.empty() || n == 0) return {};
  std::size_t pos = t.size();
  for (std::size_t k = 0; k < n; ++k) {
    std::size_t nl = t.rfind('\n', pos - 1);
    if (nl == std::string::npos) return t;
    pos = nl;
    if (pos == 0) return t.substr(1);
  }
  return t.substr(pos + 1);
}

std::string format_seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", s);
  return buf;
}

std::string signal_name(int signum) {
  const char* abbrev = core::signal_abbrev(signum);
  return abbrev ? std::string("SIG") + abbrev : "signal " + std::to_string(signum);
}

}  // namespace netjs::runner

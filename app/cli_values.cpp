#include "cli_values.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace netjs::app {

namespace {

// Every duration ends up as integer milliseconds for a libuv timer. Beyond the longest timer libuv and
// Node agree on (2^31 - 1 ms) that conversion is undefined behaviour or, for "1e308h", infinite.
constexpr double kMaxDurationSeconds = 2147483;  // about 24.8 days

}  // namespace

std::string parse_duration(const std::string& text, double* seconds) {
  const std::string bad = "invalid duration '" + text + "' (use seconds: 2, 0.5, 500ms, 2s, 1m)";
  if (text.empty()) return bad;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || errno != 0 || !std::isfinite(v) || v < 0) return bad;
  std::string unit(end);
  double s = 0;
  if (unit.empty() || unit == "s") s = v;
  else if (unit == "ms") s = v / 1000.0;
  else if (unit == "m") s = v * 60.0;
  else if (unit == "h") s = v * 3600.0;
  else return bad;
  if (!(s <= kMaxDurationSeconds)) return "duration '" + text + "' too long (at most 2147483 s, about 24 days)";
  *seconds = s;
  return {};
}

CLI::Validator duration_validator() {
  return CLI::Validator(
      [](std::string& value) {
        double s = 0;
        std::string err = parse_duration(value, &s);
        if (!err.empty()) return err;
        value = std::to_string(s);
        return std::string();
      },
      "DURATION");
}

std::string parse_port(const std::string& text, int* port, bool allow_zero) {
  const std::string range = allow_zero ? "0-65535" : "1-65535";
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) {
    return "invalid port '" + text + "' (a number " + range + ")";
  }
  int v = std::atoi(text.c_str());
  if (v > 65535 || (v == 0 && !allow_zero)) return "port " + text + " out of range (" + range + ")";
  *port = v;
  return {};
}

CLI::Validator port_validator(int min) {
  return CLI::Validator(
      [min](std::string& value) {
        int p = 0;
        return parse_port(value, &p, min == 0);
      },
      "PORT");
}

std::string unescape(const std::string& text, std::string* out) {
  out->clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '\\') {
      *out += c;
      continue;
    }
    if (++i == text.size()) return "trailing backslash in '" + text + "'";
    switch (text[i]) {
      case 'n': *out += '\n'; break;
      case 'r': *out += '\r'; break;
      case 't': *out += '\t'; break;
      case '0': *out += '\0'; break;
      case '\\': *out += '\\'; break;
      case 'x': {
        auto hex = [](char h) {
          if (h >= '0' && h <= '9') return h - '0';
          if (h >= 'a' && h <= 'f') return h - 'a' + 10;
          if (h >= 'A' && h <= 'F') return h - 'A' + 10;
          return -1;
        };
        int hi = i + 1 < text.size() ? hex(text[i + 1]) : -1;
        int lo = i + 2 < text.size() ? hex(text[i + 2]) : -1;
        if (hi < 0 || lo < 0) return "bad \\x escape in '" + text + "' (use \\xHH)";
        *out += static_cast<char>(hi * 16 + lo);
        i += 2;
        break;
      }
      default:
        return std::string("unknown escape \\") + text[i] + " in '" + text + "' (use \\n \\r \\t \\0 \\\\ \\xHH)";
    }
  }
  return {};
}

std::string parse_host_port(const std::string& text, std::string* host, int* port, bool allow_zero) {
  *port = -1;
  if (text.empty()) return "empty address";
  if (text[0] == '[') {
    auto close = text.find(']');
    if (close == std::string::npos) return "missing ']' in '" + text + "'";
    *host = text.substr(1, close - 1);
    if (host->empty()) return "missing host in '" + text + "'";
    std::string rest = text.substr(close + 1);
    if (rest.empty()) return {};
    if (rest[0] != ':') return "expected ':PORT' after ']' in '" + text + "'";
    return parse_port(rest.substr(1), port, allow_zero);
  }
  auto colon = text.find(':');
  if (colon == std::string::npos || text.find(':', colon + 1) != std::string::npos) {
    *host = text;  // no port, or a bare IPv6 address
    return {};
  }
  *host = text.substr(0, colon);
  if (host->empty()) return "missing host in '" + text + "'";
  return parse_port(text.substr(colon + 1), port, allow_zero);
}

}  // namespace netjs::app

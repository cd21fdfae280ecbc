// The CLI's option value parsers (app/cli_values.h, app/probe_targets.h) on arbitrary text: none may
// crash, and what one accepts must be in range and survive being written back out and parsed again.
// The whole input is the text for each single-value parser; split at newlines it is the probe
// command's target arguments.
#include "cli_values.h"
#include "fuzz_check.h"
#include "probe_targets.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace netjs::app;
using netjs::fuzz::printable;

namespace {

// Shortest text strtod reads back as exactly `v`.
std::string exact_text(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.17g", v);
  return buf;
}

void check_duration(const std::string& text) {
  double s = -1;
  std::string err = parse_duration(text, &s);
  std::string validated = text;
  std::string verr = duration_validator()(validated);
  FUZZ_CHECK(err.empty() == verr.empty(), "parser and validator disagree on " + printable(text));
  if (!err.empty()) return;
  // Every caller turns the seconds into integer milliseconds for a timer: they must fit its limit,
  // 2^31 - 1 ms, or the conversion is undefined.
  FUZZ_CHECK(std::isfinite(s) && s >= 0 && s * 1000 < 2147483648.0,
             printable(text) + " accepted as " + exact_text(s) + " s");
  // A subnormal result ("1e-306ms") does not survive as text: strtod reports it as an underflow. No
  // caller tells it from 0.
  if (s > 0 && s < 1e-300) return;
  for (const char* unit : {"", "s"}) {
    double again = -1;
    std::string text2 = exact_text(s) + unit;
    FUZZ_CHECK(parse_duration(text2, &again).empty() && again == s,
               printable(text) + " -> " + exact_text(s) + " s, but " + printable(text2) + " -> " + exact_text(again));
  }
  double ms = -1;
  std::string text_ms = exact_text(s * 1000) + "ms";
  FUZZ_CHECK(parse_duration(text_ms, &ms).empty() && std::fabs(ms - s) <= s * 1e-15,
             printable(text) + " -> " + exact_text(s) + " s, but " + printable(text_ms) + " -> " + exact_text(ms));
  // The validator hands CLI11 the seconds as text with six decimals, read back as a double: exact to
  // the microsecond, far below the milliseconds every caller uses.
  char* end = nullptr;
  double from_validator = std::strtod(validated.c_str(), &end);
  FUZZ_CHECK(*end == '\0' && std::fabs(from_validator - s) <= 1e-6,
             printable(text) + " -> " + exact_text(s) + " s, validator gives " + printable(validated));
}

// Independent statement of what a port is: 1 to 5 decimal digits, value in range.
bool reference_port(const std::string& text, bool allow_zero, int* port) {
  if (text.empty() || text.size() > 5) return false;
  int v = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v > 65535 || (v == 0 && !allow_zero)) return false;
  *port = v;
  return true;
}

void check_port(const std::string& text) {
  for (bool allow_zero : {false, true}) {
    int port = -1;
    int expected = -1;
    bool ok = parse_port(text, &port, allow_zero).empty();
    bool ref_ok = reference_port(text, allow_zero, &expected);
    FUZZ_CHECK(ok == ref_ok && (!ok || port == expected),
               printable(text) + (allow_zero ? " (zero allowed)" : "") + ": parsed " +
                   (ok ? std::to_string(port) : "error") + ", expected " +
                   (ref_ok ? std::to_string(expected) : "error"));
    std::string validated = text;
    FUZZ_CHECK(port_validator(allow_zero ? 0 : 1)(validated).empty() == ok,
               "port_validator disagrees with parse_port on " + printable(text));
    if (!ok) continue;
    int again = -1;
    FUZZ_CHECK(parse_port(std::to_string(port), &again, allow_zero).empty() && again == port,
               printable(text) + " -> " + std::to_string(port) + " does not parse back");
  }
}

// The inverse of unescape(): printable bytes as they are, the rest as escapes.
std::string escape(const std::string& bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c == 0) out += "\\0";
    else if (c >= 0x20 && c < 0x7F) out += ch;
    else out += std::string("\\x") + kHex[c >> 4] + kHex[c & 15];
  }
  return out;
}

void check_unescape(const std::string& text) {
  std::string out;
  std::string err = unescape(text, &out);
  if (text.find('\\') == std::string::npos) {
    FUZZ_CHECK(err.empty() && out == text,
               "text without escapes changed: " + printable(text) + " -> " + printable(out));
  }
  if (!err.empty()) return;
  FUZZ_CHECK(out.size() <= text.size(), printable(text) + " grew to " + printable(out));
  std::string again;
  std::string escaped = escape(out);
  FUZZ_CHECK(unescape(escaped, &again).empty() && again == out,
             printable(text) + " -> " + printable(out) + " -> " + printable(escaped) + " -> " + printable(again));
}

// Brackets stand for themselves only in a host that has no colon; such hosts cannot be written back.
bool writable_host(const std::string& host) { return host.find_first_of("[]") == std::string::npos; }

std::string host_text(const std::string& host) {
  return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

void check_host_port(const std::string& text) {
  for (bool allow_zero : {false, true}) {
    std::string host;
    int port = -2;
    if (!parse_host_port(text, &host, &port, allow_zero).empty()) continue;
    FUZZ_CHECK(!host.empty(), printable(text) + " accepted with an empty host");
    FUZZ_CHECK(port == -1 || (port >= (allow_zero ? 0 : 1) && port <= 65535),
               printable(text) + " accepted with port " + std::to_string(port));
    if (!writable_host(host)) continue;
    std::string text2 = host_text(host) + (port >= 0 ? ":" + std::to_string(port) : "");
    std::string host2;
    int port2 = -2;
    std::string err = parse_host_port(text2, &host2, &port2, allow_zero);
    FUZZ_CHECK(err.empty() && host2 == host && port2 == port,
               printable(text) + " -> (" + printable(host) + ", " + std::to_string(port) + ") but " + printable(text2) +
                   " -> (" + printable(host2) + ", " + std::to_string(port2) + ") " + err);
  }
}

void check_probe_targets(const std::string& text) {
  std::vector<std::string> args;
  std::size_t start = 0;
  for (;;) {
    std::size_t nl = text.find('\n', start);
    args.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  std::vector<netjs::commands::ProbeTarget> targets;
  std::string err = parse_probe_targets(args, &targets);
  if (!err.empty()) return;
  FUZZ_CHECK(!targets.empty() && targets.size() <= 4096, std::to_string(targets.size()) + " targets");
  std::size_t bytes = 0;
  bool writable = true;
  for (const auto& t : targets) {
    FUZZ_CHECK(!t.host.empty() && t.port >= 1 && t.port <= 65535,
               "target (" + printable(t.host) + ", " + std::to_string(t.port) + ") from " + printable(text));
    writable = writable && writable_host(t.host);
    bytes += t.host.size();
  }
  // Written back as one HOST:PORT argument per target, the list must parse to itself. Bounded, as a
  // long host times 4096 ports would make one input take seconds.
  if (!writable || bytes > (1u << 18)) return;
  std::vector<std::string> args2;
  for (const auto& t : targets) args2.push_back(host_text(t.host) + ":" + std::to_string(t.port));
  std::vector<netjs::commands::ProbeTarget> targets2;
  err = parse_probe_targets(args2, &targets2);
  bool same = err.empty() && targets2.size() == targets.size();
  for (std::size_t i = 0; same && i < targets.size(); ++i) {
    same = targets2[i].host == targets[i].host && targets2[i].port == targets[i].port;
  }
  FUZZ_CHECK(same, printable(text) + ": " + std::to_string(targets.size()) + " targets, written back as " +
                       printable(args2[0]) + "... they give " + std::to_string(targets2.size()) + " " + err);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  check_duration(text);
  check_port(text);
  check_unescape(text);
  check_host_port(text);
  check_probe_targets(text);
  return 0;
}

#include "commands/byte_size.h"

#include <cmath>
#include <cstdio>

namespace netjs::commands {

std::string format_bytes(uint64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + " B";
  static const char* const kUnits[] = {"kB", "MB", "GB", "TB"};
  double v = static_cast<double>(bytes) / 1000;
  std::size_t unit = 0;
  // Move up a unit where the rounding would print 1000 of this one (999.6 kB is "1.0 MB").
  while (v >= 999.5 && unit + 1 < sizeof(kUnits) / sizeof(kUnits[0])) {
    v /= 1000;
    ++unit;
  }
  char buf[48];
  if (v < 9.95) std::snprintf(buf, sizeof(buf), "%.1f %s", v, kUnits[unit]);
  else std::snprintf(buf, sizeof(buf), "%.0f %s", v, kUnits[unit]);
  return buf;
}

std::string format_rate(double bytes_per_second) {
  if (!(bytes_per_second > 0)) return "0 B/s";
  return format_bytes(static_cast<uint64_t>(std::llround(bytes_per_second))) + "/s";
}

}  // namespace netjs::commands

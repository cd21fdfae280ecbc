// Byte counts and rates for humans, as `netjs serve --stats-interval` prints them: SI units (1 kB =
// 1000 bytes), three significant digits at most: "512 B", "1.2 MB", "410 kB/s".
#pragma once

#include <cstdint>
#include <string>

namespace netjs::commands {

// "0 B", "999 B", "1.0 kB", "9.9 kB", "10 kB", "999 kB", "1.0 MB", ... up to TB.
std::string format_bytes(uint64_t bytes);
// format_bytes of the rounded rate, with "/s".
std::string format_rate(double bytes_per_second);

}  // namespace netjs::commands

// Numbers crossing from JS into C++. A JS number is a double; converting a NaN, an infinity or a
// double beyond the target's range to an integer type is undefined behaviour in C++ (the sanitizer
// does not flag it: on x86 it quietly yields 0 or 2^63, so a timeout of 1e300 ms never fired). Every
// double -> integer conversion at the binding edge goes through here.
#pragma once

#include <cstdint>

namespace netjs::js {

// NaN and anything <= 0 -> 0; anything >= max -> max; otherwise truncated toward zero.
constexpr std::uint64_t clamp_to_u64(double d, std::uint64_t max) {
  if (!(d > 0)) return 0;
  if (d >= static_cast<double>(max)) return max;
  return static_cast<std::uint64_t>(d);
}

// The longest timer libuv and Node agree on: 2^31 - 1 ms (Node's TIMEOUT_MAX), about 24.8 days.
constexpr std::uint64_t kTimeoutMaxMs = 2147483647;

}  // namespace netjs::js

// Doubles from JS into C++ integers: every value a script can pass, including the ones whose plain
// static_cast is undefined behaviour.
#include "js/bindings/number_edge.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using netjs::js::clamp_to_u64;
using netjs::js::kTimeoutMaxMs;

TEST_CASE("clamp_to_u64: NaN, negatives and zero are 0") {
  CHECK(clamp_to_u64(std::nan(""), 100) == 0);
  CHECK(clamp_to_u64(-1.0, 100) == 0);
  CHECK(clamp_to_u64(-std::numeric_limits<double>::infinity(), 100) == 0);
  CHECK(clamp_to_u64(-0.0, 100) == 0);
  CHECK(clamp_to_u64(0.0, 100) == 0);
}

TEST_CASE("clamp_to_u64: in range truncates toward zero") {
  CHECK(clamp_to_u64(0.9, 100) == 0);
  CHECK(clamp_to_u64(1.0, 100) == 1);
  CHECK(clamp_to_u64(99.99, 100) == 99);
  CHECK(clamp_to_u64(2147483646.5, kTimeoutMaxMs) == 2147483646);
}

TEST_CASE("clamp_to_u64: too large and infinite values are the maximum") {
  CHECK(clamp_to_u64(100.0, 100) == 100);
  CHECK(clamp_to_u64(1e300, kTimeoutMaxMs) == kTimeoutMaxMs);
  CHECK(clamp_to_u64(std::numeric_limits<double>::infinity(), kTimeoutMaxMs) == kTimeoutMaxMs);
  CHECK(clamp_to_u64(std::numeric_limits<double>::max(), UINT64_MAX) == UINT64_MAX);
  CHECK(clamp_to_u64(18446744073709551616.0, UINT64_MAX) == UINT64_MAX);  // 2^64: cast would be UB
}

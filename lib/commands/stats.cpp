#include "commands/stats.h"

#include <chrono>
#include <cmath>
#include <cstdio>

namespace netjs::commands {

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

void RttStats::add(double ms) {
  if (n_ == 0 || ms < min_) min_ = ms;
  if (n_ == 0 || ms > max_) max_ = ms;
  ++n_;
  sum_ += ms;
  sum_sq_ += ms * ms;
}

double RttStats::avg() const { return n_ ? sum_ / static_cast<double>(n_) : 0; }

double RttStats::mdev() const {
  if (n_ == 0) return 0;
  double a = avg();
  double var = sum_sq_ / static_cast<double>(n_) - a * a;
  return var > 0 ? std::sqrt(var) : 0;
}

std::string format_ms(double ms) {
  char buf[64];
  // Each unit up to where its rounding would reach the next one (999.96 ms is "1.00 s", not "1000.0 ms").
  if (ms < 9.9995) std::snprintf(buf, sizeof(buf), "%.3f ms", ms);
  else if (ms < 999.95) std::snprintf(buf, sizeof(buf), "%.1f ms", ms);
  else if (ms < 59995) std::snprintf(buf, sizeof(buf), "%.2f s", ms / 1000);
  else {
    auto s = std::lround(ms / 1000);
    std::snprintf(buf, sizeof(buf), "%ldm%02lds", s / 60, s % 60);
  }
  return buf;
}

}  // namespace netjs::commands

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
  if (ms < 10) std::snprintf(buf, sizeof(buf), "%.3f ms", ms);
  else if (ms < 1000) std::snprintf(buf, sizeof(buf), "%.1f ms", ms);
  else if (ms < 60000) std::snprintf(buf, sizeof(buf), "%.2f s", ms / 1000);
  else {
    auto s = static_cast<long>(ms / 1000);
    std::snprintf(buf, sizeof(buf), "%ldm%02lds", s / 60, s % 60);
  }
  return buf;
}

}  // namespace netjs::commands

// Timing for the summaries: a monotonic clock, ping-style min/avg/max/mdev, and human durations.
#pragma once

#include <cstddef>
#include <string>

namespace netjs::commands {

// Milliseconds on a monotonic clock (only differences mean anything).
double now_ms();

// Round-trip style statistics, as ping prints them: mdev is the standard deviation.
class RttStats {
 public:
  void add(double ms);
  std::size_t count() const { return n_; }
  double min() const { return n_ ? min_ : 0; }
  double max() const { return n_ ? max_ : 0; }
  double avg() const;
  double mdev() const;

 private:
  std::size_t n_ = 0;
  double sum_ = 0, sum_sq_ = 0, min_ = 0, max_ = 0;
};

// "0.412 ms", "12.3 ms", "1.52 s", "2m03s"
std::string format_ms(double ms);

}  // namespace netjs::commands

// The pictures at the end of `netjs probe -c N`: a latency histogram and a sparkline of the probes in
// order, as text that fits 80 columns. Pure formatting (no clock, no I/O), so the unit tests can pin
// every edge.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace netjs::commands {

// One probe as the pictures see it: its connect time, or the result that was not "open".
struct LatencySample {
  double ms = 0;        // connect time; meaningless when failed
  std::string failure;  // empty: open; else the result ("refused", "timeout", "DNS failure", ...)
  bool failed() const { return !failure.empty(); }
};

// One histogram row: samples with lo_ms <= ms < hi_ms (the last bucket also takes ms == hi_ms).
struct LatencyBucket {
  double lo_ms = 0;
  double hi_ms = 0;
  std::size_t count = 0;
};

// The buckets for the open probes' times, bounds chosen from the data: linear with a 1-2-5 step when
// the spread is small, 1-2-5 bounds on a log scale when max/min exceeds 20. Empty when no probe was
// open; one bucket [v, v] when every time is v.
std::vector<LatencyBucket> latency_buckets(const std::vector<LatencySample>& samples);

// The --json forms: [{"lo_ms":0.100,"hi_ms":0.200,"count":3},...] and [0.123,null,...] (null: failed).
std::string histogram_json(const std::vector<LatencySample>& samples);
std::string samples_json(const std::vector<LatencySample>& samples);

// Whether the user's locale takes UTF-8, as other tools decide: the first of LC_ALL, LC_CTYPE, LANG
// that is set and not empty names it (none: the C locale, ASCII).
bool locale_is_utf8();

// The histogram rows, one per bucket and then one per kind of failure:
//   "  0.10-0.20 ms | ########        12"     (UTF-8: en dash and full blocks; failures with x / ×)
// and the sparkline, one mark per probe in order (▁..█ scaled between the fastest and the slowest
// open probe, × for a failed one; ASCII "_.-=+*#@" and '!'). When there are more probes than fit,
// each mark stands for a group of consecutive probes (the slowest of the group, or × if any failed)
// and the line's label says how many. Every line is at most `width` characters (not bytes).
std::vector<std::string> latency_picture(const std::vector<LatencySample>& samples, bool utf8, std::size_t width = 80);

// Characters (UTF-8 code points) in `s`: what a terminal column count is for the text above.
std::size_t utf8_length(const std::string& s);

}  // namespace netjs::commands

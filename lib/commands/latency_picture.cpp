#include "commands/latency_picture.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace netjs::commands {

namespace {

// Times are printed and sent as JSON with three decimals: no bucket is narrower than that.
constexpr double kMinStep = 0.001;
// A relative slack for float edges: 0.3 / 0.1 is 2.9999999999999996, and 0.3 belongs in [0.3, 0.4).
constexpr double kSlack = 1e-9;
constexpr std::size_t kMaxBarWidth = 40;
constexpr std::size_t kMaxSparkWidth = 72;

// The k-th number of the series ... 0.1 0.2 0.5 1 2 5 10 20 50 ...; k = 0 is 1.
double series_125(int k) {
  static const double mantissa[] = {1, 2, 5};
  int e = k >= 0 ? k / 3 : -((-k + 2) / 3);
  return mantissa[k - 3 * e] * std::pow(10.0, e);
}

// The smallest 1-2-5 number >= x.
double nice_step(double x) {
  int k = 3 * static_cast<int>(std::floor(std::log10(x)));
  while (series_125(k) < x * (1 - kSlack)) ++k;
  while (series_125(k - 1) >= x * (1 - kSlack)) --k;
  return series_125(k);
}

// Digits after the point that show `step` (and every multiple of it) exactly, at most three.
int decimals_for(double step) {
  double d = std::ceil(-std::log10(step) - kSlack);
  return static_cast<int>(std::clamp(d, 0.0, 3.0));
}

std::vector<LatencyBucket> linear_buckets(double mn, double mx, std::size_t n) {
  const double target = std::clamp(std::ceil(std::sqrt(static_cast<double>(n))), 4.0, 10.0);
  const double step = std::max(kMinStep, nice_step((mx - mn) / target));
  const double i0 = std::floor(mn / step + kSlack);
  double i1 = std::ceil(mx / step - kSlack);
  if (i1 <= i0) i1 = i0 + 1;
  std::vector<LatencyBucket> out;
  for (double i = i0; i < i1; ++i) out.push_back({i * step, (i + 1) * step, 0});
  return out;
}

std::vector<LatencyBucket> log_buckets(double mn, double mx) {
  int k0 = 3 * static_cast<int>(std::floor(std::log10(mn)));
  while (series_125(k0) > mn * (1 + kSlack)) --k0;
  while (series_125(k0 + 1) <= mn * (1 + kSlack)) ++k0;
  int k1 = k0 + 1;
  while (series_125(k1) < mx * (1 - kSlack)) ++k1;
  // More than 15 rows (six decades or so): one row per decade instead.
  int stride = 1;
  if (k1 - k0 > 15) {
    stride = 3;
    k0 = 3 * static_cast<int>(std::floor(k0 / 3.0));
    k1 = 3 * static_cast<int>(std::ceil(k1 / 3.0));
  }
  std::vector<LatencyBucket> out;
  for (int k = k0; k < k1; k += stride) out.push_back({series_125(k), series_125(k + stride), 0});
  return out;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*f", decimals, v);
  return buf;
}

std::string pad_left(const std::string& s, std::size_t w) {
  std::size_t n = utf8_length(s);
  return n >= w ? s : std::string(w - n, ' ') + s;
}

std::string repeat(const char* glyph, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += glyph;
  return s;
}

std::vector<std::string> histogram_rows(const std::vector<LatencySample>& samples, bool utf8, std::size_t width) {
  std::vector<LatencyBucket> buckets = latency_buckets(samples);
  // Failures by kind, in the order they first happened.
  std::vector<std::pair<std::string, std::size_t>> failures;
  for (const LatencySample& s : samples) {
    if (!s.failed()) continue;
    auto it = std::find_if(failures.begin(), failures.end(), [&](const auto& f) { return f.first == s.failure; });
    if (it == failures.end()) failures.emplace_back(s.failure, 1);
    else ++it->second;
  }

  int decimals = 3;
  if (buckets.size() > 1) {
    decimals = 0;
    for (const LatencyBucket& b : buckets) decimals = std::max(decimals, decimals_for(b.hi_ms - b.lo_ms));
  }
  std::size_t num_w = 0;
  for (const LatencyBucket& b : buckets) num_w = std::max({num_w, fixed(b.lo_ms, decimals).size(), fixed(b.hi_ms, decimals).size()});

  struct Row {
    std::string label;
    std::size_t count;
    bool failure;
  };
  std::vector<Row> rows;
  const char* dash = utf8 ? "\u2013" : "-";
  for (const LatencyBucket& b : buckets) {
    rows.push_back({pad_left(fixed(b.lo_ms, decimals), num_w) + dash + pad_left(fixed(b.hi_ms, decimals), num_w) + " ms",
                    b.count, false});
  }
  for (const auto& f : failures) rows.push_back({f.first, f.second, true});
  if (rows.empty()) return {};

  std::size_t label_w = 0, max_count = 0;
  for (const Row& r : rows) {
    label_w = std::max(label_w, utf8_length(r.label));
    max_count = std::max(max_count, r.count);
  }
  const std::size_t count_w = std::to_string(max_count).size();
  const std::size_t fixed_w = 2 + label_w + 3 + 1 + count_w;  // "  LABEL | BAR COUNT"
  const std::size_t bar_w = std::clamp<std::size_t>(width > fixed_w ? width - fixed_w : 1, 1, kMaxBarWidth);

  std::vector<std::string> out;
  for (const Row& r : rows) {
    std::size_t len = 0;
    if (r.count > 0) {
      len = static_cast<std::size_t>(std::lround(static_cast<double>(r.count) * bar_w / static_cast<double>(max_count)));
      len = std::clamp<std::size_t>(len, 1, bar_w);
    }
    const char* glyph = r.failure ? (utf8 ? "\u00d7" : "x") : (utf8 ? "\u2588" : "#");
    out.push_back("  " + pad_left(r.label, label_w) + " | " + repeat(glyph, len) + std::string(bar_w - len, ' ') + " " +
                  pad_left(std::to_string(r.count), count_w));
  }
  return out;
}

std::string spark_label(std::size_t n, std::size_t group, const char* dash) {
  std::string label = "  seq 1" + std::string(n > 1 ? dash + std::to_string(n) : std::string());
  if (group > 1) label += ", " + std::to_string(group) + " per mark";
  return label + ": ";
}

std::string sparkline(const std::vector<LatencySample>& samples, bool utf8, std::size_t width) {
  static const char* const kBlocks[] = {"\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"};
  static const char* const kAscii[] = {"_", ".", "-", ":", "=", "+", "*", "#"};
  const char* fail_mark = utf8 ? "\u00d7" : "x";
  const char* dash = utf8 ? "\u2013" : "-";
  const std::size_t n = samples.size();
  if (n == 0) return {};

  // The group size decides the label, whose length decides the room for marks: settle both.
  std::size_t group = 1;
  for (int round = 0; round < 4; ++round) {
    std::size_t prefix = utf8_length(spark_label(n, group, dash));
    std::size_t room = std::min(kMaxSparkWidth, width > prefix ? width - prefix : 1);
    std::size_t need = (n + room - 1) / room;
    if (need <= group) break;
    group = need;
  }

  double mn = 0, mx = 0;
  bool any_ok = false;
  for (const LatencySample& s : samples) {
    if (s.failed()) continue;
    mn = any_ok ? std::min(mn, s.ms) : s.ms;
    mx = any_ok ? std::max(mx, s.ms) : s.ms;
    any_ok = true;
  }

  std::string line = spark_label(n, group, dash);
  for (std::size_t start = 0; start < n; start += group) {
    bool failed = false;
    double worst = 0;
    for (std::size_t i = start; i < std::min(n, start + group); ++i) {
      if (samples[i].failed()) failed = true;
      else worst = std::max(worst, samples[i].ms);
    }
    if (failed) {
      line += fail_mark;
      continue;
    }
    // All equal: the middle height, so a flat line does not read as "fast" or "slow".
    long level = mx > mn ? std::lround((worst - mn) / (mx - mn) * 7) : 3;
    level = std::clamp(level, 0L, 7L);
    line += utf8 ? kBlocks[level] : kAscii[level];
  }
  return line;
}

}  // namespace

std::vector<LatencyBucket> latency_buckets(const std::vector<LatencySample>& samples) {
  std::vector<double> ok;
  for (const LatencySample& s : samples) {
    if (!s.failed()) ok.push_back(s.ms);
  }
  if (ok.empty()) return {};
  const auto [mn_it, mx_it] = std::minmax_element(ok.begin(), ok.end());
  const double mn = *mn_it, mx = *mx_it;
  std::vector<LatencyBucket> buckets;
  if (mn == mx) buckets.push_back({mn, mx, 0});
  else if (mn >= kMinStep && mx / mn > 20) buckets = log_buckets(mn, mx);
  else buckets = linear_buckets(mn, mx, ok.size());

  for (double v : ok) {
    // The last bucket whose low bound is <= v (the first when v is below them all, which only the
    // float slack can make happen).
    std::size_t i = buckets.size() - 1;
    while (i > 0 && buckets[i].lo_ms > v + std::abs(v) * kSlack) --i;
    ++buckets[i].count;
  }
  return buckets;
}

std::string histogram_json(const std::vector<LatencySample>& samples) {
  std::string out = "[";
  for (const LatencyBucket& b : latency_buckets(samples)) {
    if (out.size() > 1) out += ',';
    out += "{\"lo_ms\":" + fixed(b.lo_ms, 3) + ",\"hi_ms\":" + fixed(b.hi_ms, 3) + ",\"count\":" +
           std::to_string(b.count) + "}";
  }
  return out + "]";
}

std::string samples_json(const std::vector<LatencySample>& samples) {
  std::string out = "[";
  for (const LatencySample& s : samples) {
    if (out.size() > 1) out += ',';
    out += s.failed() ? std::string("null") : fixed(s.ms, 3);
  }
  return out + "]";
}

bool locale_is_utf8() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = std::getenv(name);
    if (!v || !*v) continue;
    std::string s;
    for (const char* p = v; *p; ++p) {
      if (*p != '-') s += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    }
    return s.find("utf8") != std::string::npos;
  }
  return false;
}

std::vector<std::string> latency_picture(const std::vector<LatencySample>& samples, bool utf8, std::size_t width) {
  std::vector<std::string> lines = histogram_rows(samples, utf8, width);
  std::string spark = sparkline(samples, utf8, width);
  if (!spark.empty()) lines.push_back(spark);
  return lines;
}

std::size_t utf8_length(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
  }
  return n;
}

}  // namespace netjs::commands

#include "commands/hold_schedule.h"

#include "core/error_class.h"

#include <cmath>
#include <cstdio>

namespace netjs::commands {

std::vector<double> hold_gaps(double first_ms, double longest_ms) {
  std::vector<double> gaps;
  for (double gap = first_ms; gap < longest_ms; gap *= 2) gaps.push_back(gap);
  gaps.push_back(longest_ms);
  return gaps;
}

std::string format_idle(double ms) {
  char buf[64];
  if (ms < 59950) {
    // Below 10 s to the millisecond (a test's 0.25 s gap), then to a tenth; trailing zeros dropped.
    std::snprintf(buf, sizeof(buf), ms < 9999.5 ? "%.3f" : "%.1f", ms / 1000);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s + " s";
  }
  long total = std::lround(ms / 1000);
  long h = total / 3600, m = total / 60 % 60, s = total % 60;
  std::string out;
  if (h > 0) {
    std::snprintf(buf, sizeof(buf), "%ldh", h);
    out = buf;
    if (m > 0 || s > 0) {
      std::snprintf(buf, sizeof(buf), "%02ldm", m);
      out += buf;
    }
  } else {
    std::snprintf(buf, sizeof(buf), "%ldm", m);
    out = buf;
  }
  if (s > 0) {
    std::snprintf(buf, sizeof(buf), "%02lds", s);
    out += buf;
  }
  return out;
}

const char* death_kind(const core::Error& err) {
  switch (core::classify(err)) {
    case core::ErrorClass::kReset: return "rst";
    case core::ErrorClass::kTimeout: return "silence";
    default: return "error";
  }
}

KeepaliveVerdict keepalive_verdict(const core::TcpInfo& info, double interval_ms, double idle_ms) {
  if (idle_ms < interval_ms) return KeepaliveVerdict::kNotDue;
  if (info.probes > 0) return KeepaliveVerdict::kUnanswered;
  // Nothing was sent during the gap but probes, so an acknowledgement that arrived during it (well
  // after its start, and not with data from the peer) answered one.
  const double margin_ms = 250;
  if (info.last_ack_recv_ms + margin_ms <= idle_ms && info.last_ack_recv_ms < info.last_data_recv_ms) {
    return KeepaliveVerdict::kAnswered;
  }
  return KeepaliveVerdict::kUnknown;
}

}  // namespace netjs::commands

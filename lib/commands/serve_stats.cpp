#include "commands/serve_stats.h"

#include "commands/byte_size.h"
#include "commands/stats.h"

#include <algorithm>

namespace netjs::commands {

std::string format_serve_stats(const ServeCounts& c, double in_bytes_per_s, double out_bytes_per_s) {
  const std::string bytes = format_bytes(c.bytes_in) + " in, " + format_bytes(c.bytes_out) + " out, " +
                            format_rate(in_bytes_per_s) + " in, " + format_rate(out_bytes_per_s) + " out";
  if (c.udp) {
    return std::to_string(c.datagrams_in) + (c.datagrams_in == 1 ? " datagram" : " datagrams") + " in, " +
           std::to_string(c.datagrams_out) + " out, " + std::to_string(c.peers) + (c.peers == 1 ? " peer, " : " peers, ") +
           bytes;
  }
  std::string line = std::to_string(c.connections_now) + (c.connections_now == 1 ? " connection" : " connections") +
                     " now, " + std::to_string(c.connections_total) + " total, ";
  if (c.refused > 0) line += std::to_string(c.refused) + " refused, ";
  return line + bytes;
}

void ServeStatsTicker::start(core::Loop& loop, double interval_s) {
  if (timer_ || interval_s <= 0) return;
  const auto ms = static_cast<uint64_t>(std::max(1.0, interval_s * 1000));
  timer_ = core::Timer::create(loop, [this](core::Timer&) { tick(); });
  timer_->set_label("serve --stats-interval");
  if (timer_->start(ms, ms) != 0) {
    stop();
    return;
  }
  timer_->unref();
  last_ = counts_();
  last_ms_ = now_ms();
}

void ServeStatsTicker::stop() {
  if (timer_) timer_->close();
  timer_ = nullptr;
}

void ServeStatsTicker::tick() {
  const ServeCounts now = counts_();
  const double t = now_ms();
  const double elapsed_ms = t - last_ms_;
  const double secs = elapsed_ms > 0 ? elapsed_ms / 1000 : 1;
  const double in_rate = static_cast<double>(now.bytes_in - last_.bytes_in) / secs;
  const double out_rate = static_cast<double>(now.bytes_out - last_.bytes_out) / secs;
  out_.status(format_serve_stats(now, in_rate, out_rate));
  JsonLine ev = out_.line("stats");
  if (now.udp) {
    ev.str("protocol", "udp").integer("datagrams_in", static_cast<int64_t>(now.datagrams_in))
        .integer("datagrams_out", static_cast<int64_t>(now.datagrams_out))
        .integer("peers", static_cast<int64_t>(now.peers));
  } else {
    ev.integer("connections_now", static_cast<int64_t>(now.connections_now))
        .integer("connections_total", static_cast<int64_t>(now.connections_total))
        .integer("refused", static_cast<int64_t>(now.refused));
  }
  out_.event(ev.integer("bytes_in", static_cast<int64_t>(now.bytes_in))
                 .integer("bytes_out", static_cast<int64_t>(now.bytes_out))
                 .number("in_bytes_per_s", in_rate).number("out_bytes_per_s", out_rate)
                 .number("interval_ms", elapsed_ms));
  last_ = now;
  last_ms_ = t;
}

}  // namespace netjs::commands

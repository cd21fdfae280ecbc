// `netjs serve --stats-interval`: every interval, one status line on stderr ("3 connections now, 17
// total, 1.2 MB in, 1.2 MB out, 410 kB/s in, 410 kB/s out") or, with --json, a "stats" event with the
// same numbers. The rates are over the last interval.
#pragma once

#include "core/loop.h"
#include "core/timer.h"
#include "commands/output.h"

#include <cstdint>
#include <functional>
#include <string>

namespace netjs::commands {

// The server's counters at one moment; bytes include those of the connections still open.
struct ServeCounts {
  bool udp = false;              // serve -u: datagrams and peers instead of connections
  uint64_t datagrams_in = 0;     // udp only
  uint64_t datagrams_out = 0;    // udp only
  uint64_t peers = 0;            // udp only: distinct senders so far
  uint64_t connections_now = 0;
  uint64_t connections_total = 0;
  uint64_t refused = 0;
  uint64_t bytes_in = 0;
  uint64_t bytes_out = 0;
};

// The status line's text (without "netjs serve: "); refused only when there were any. For udp:
// "12 datagrams in, 12 out, 2 peers, 1.2 kB in, 1.2 kB out, 410 B/s in, 410 B/s out".
std::string format_serve_stats(const ServeCounts& c, double in_bytes_per_s, double out_bytes_per_s);

class ServeStatsTicker {
 public:
  ServeStatsTicker(const Output& out, std::function<ServeCounts()> counts) : out_(out), counts_(std::move(counts)) {}
  // Starts ticking every `interval_s` (at least 1 ms). The timer is unref'd: it never keeps serve
  // running by itself.
  void start(core::Loop& loop, double interval_s);
  // Closes the timer (the server is stopping); safe to call twice or before start().
  void stop();

 private:
  void tick();

  const Output& out_;
  std::function<ServeCounts()> counts_;
  core::Timer* timer_ = nullptr;
  ServeCounts last_;
  double last_ms_ = 0;
};

}  // namespace netjs::commands

// One probe of one (host, port): resolve, then connect to the first address of each family at once
// (so a dual-stack name says which family works), optionally send and wait for a banner.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <functional>
#include <string>
#include <vector>

namespace netjs::commands {

struct ProbeSpec {
  std::string host;
  int port = 0;
  int family = 0;           // 0, 4, 6
  double timeout_ms = 3000; // the whole attempt: DNS, connect, banner
  std::string send;         // written once connected (may be empty)
  std::string expect;       // the reply must contain this (empty: connecting is enough)
  bool udp = false;         // a UDP probe instead (udp_probe_attempt.h)
};

// One address tried within an attempt.
struct ProbeTry {
  core::Endpoint address;
  std::string result;       // open, refused, timeout, unreachable, reset, mismatch, error
  double connect_ms = -1;   // -1: did not connect
  core::Error error;
};

struct ProbeResult {
  std::string result;       // as ProbeTry, or "dns"
  core::Endpoint address;   // the address that decided the result (empty for dns)
  double dns_ms = -1;       // -1: no lookup (a numeric address)
  double connect_ms = -1;
  double elapsed_ms = 0;
  core::Error error;        // empty when open
  std::vector<ProbeTry> tried;
};

using ProbeDone = std::function<void(const ProbeResult&)>;

// Fills the result (result, address, connect_ms, error) from the try that decides it: the first open
// address in resolver order, or with none open the first address tried. Nothing tried: unchanged.
void settle_on_decisive_try(ProbeResult& result);

// Starts an attempt; `done` runs once, on the loop. The attempt frees itself after its sockets close.
void start_probe(core::Loop& loop, const ProbeSpec& spec, ProbeDone done);

}  // namespace netjs::commands

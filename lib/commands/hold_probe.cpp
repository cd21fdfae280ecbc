#include "commands/hold_probe.h"

#include "commands/exit_codes.h"
#include "commands/hold_flow.h"
#include "commands/hold_schedule.h"
#include "commands/loop_run.h"
#include "commands/output.h"
#include "commands/stats.h"
#include "core/address.h"
#include "core/error_class.h"
#include "core/signal.h"
#include "log/log.h"

#include <cmath>
#include <csignal>
#include <cstdio>
#include <optional>
#include <vector>

namespace netjs::commands {

namespace {

// Unanswered keepalive probes before the kernel drops the connection (TCP_KEEPCNT): fewer than Linux's
// 9, so that probes lost to a dead mapping end the check with ETIMEDOUT well within a long gap.
constexpr unsigned kKeepaliveCount = 5;

void print_stdout(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

JsonLine& ms_or_null(JsonLine& ev, const char* key, double ms) {
  return ms >= 0 ? ev.number(key, ms) : ev.null(key);
}

class HoldRunner {
 public:
  HoldRunner(core::Loop& loop, const HoldPlan& plan)
      : loop_(loop), plan_(plan), out_("probe", plan.json, false), flow_(loop), keepalive_flow_(loop),
        gaps_(hold_gaps(plan.first_gap_ms, plan.hold_ms)) {}

  void start();
  int exit_code() const { return exit_code_; }

 private:
  void connected(const FlowConnected& c);
  void next_gap();
  void held(const HoldOutcome& o);
  void finish_hold();
  void start_keepalive_check();
  void keepalive_connected(const FlowConnected& c);
  void keepalive_held(const HoldOutcome& o);
  void interrupt();

  std::string target() const { return core::host_port(plan_.host, plan_.port); }
  std::string death_text(const HoldOutcome& o) const;
  void connect_failed(const FlowConnected& c);
  std::string keepalive_probe_text(const HoldOutcome& o) const;

  core::Loop& loop_;
  const HoldPlan& plan_;
  Output out_;
  HoldFlow flow_;
  HoldFlow keepalive_flow_;
  std::vector<double> gaps_;
  std::size_t gap_ = 0;
  double survived_ms_ = 0;
  std::optional<HoldOutcome> death_;
  core::Endpoint address_;  // the address the flow under test used: the keepalive check uses it too
  unsigned keepalive_s_ = 0;
  enum class Phase { kHold, kKeepalive, kDone } phase_ = Phase::kHold;
  bool interrupted_ = false;
  int exit_code_ = kExitOk;
};

void HoldRunner::start() {
  for (int sig : {SIGINT, SIGTERM}) {
    int err = 0;
    core::Signal::start(loop_, sig, [this](core::Signal&, int) { interrupt(); }, &err);
  }
  keepalive_s_ = static_cast<unsigned>(std::ceil(plan_.keepalive_ms / 1000));
  FlowOptions fo;
  fo.host = plan_.host;
  fo.port = plan_.port;
  fo.family = plan_.family;
  fo.timeout_ms = plan_.timeout_ms;
  flow_.connect(fo, [this](const FlowConnected& c) { connected(c); });
}

void HoldRunner::connect_failed(const FlowConnected& c) {
  const core::ErrorClass cls = core::classify(c.error);
  if (out_.json()) {
    out_.error(c.error);
    return;
  }
  // The same line as a plain probe's.
  std::string line = target() + ": ";
  if (cls == core::ErrorClass::kDns) {
    line += "DNS failure, " + describe_error(c.error);
  } else {
    line += core::class_name(cls);
    if (!c.address.address.empty()) line += ", " + c.address.address;
    line += " (" + c.error.message() + ")";
  }
  print_stdout(line + "\n");
}

void HoldRunner::connected(const FlowConnected& c) {
  if (c.error) {
    connect_failed(c);
    exit_code_ = exit_code_for(core::classify(c.error));
    phase_ = Phase::kDone;
    return;
  }
  address_ = c.address;
  if (out_.json()) {
    JsonLine ev("connect");
    ev.str("host", plan_.host).str("address", c.address.address).integer("port", plan_.port)
        .integer("family", c.address.family).str("local_address", c.local.address).integer("local_port", c.local.port);
    ms_or_null(ev, "dns_ms", c.dns_ms).number("connect_ms", c.connect_ms).print();
  } else {
    std::string line = target() + ": connected, " + c.address.address;
    if (core::ip_family(plan_.host) == 0) line += c.address.family == 6 ? " (IPv6)" : " (IPv4)";
    if (c.dns_ms >= 0) line += ", dns " + format_ms(c.dns_ms);
    line += ", connect " + format_ms(c.connect_ms) + "; idle gaps ";
    double total = 0;
    for (std::size_t i = 0; i < gaps_.size(); ++i) {
      line += (i ? ", " : "") + format_idle(gaps_[i]);
      total += gaps_[i];
    }
    if (gaps_.size() > 1) line += " (" + format_idle(total) + " in all)";
    print_stdout(line + "\n");
  }
  next_gap();
}

void HoldRunner::next_gap() {
  flow_.hold(gaps_[gap_], [this](const HoldOutcome& o) { held(o); });
}

std::string HoldRunner::death_text(const HoldOutcome& o) const {
  if (o.result == "silence") {
    if (o.error) return "silence: " + o.error.message() + ", the kernel gave up";
    return "silence: no echo in " + format_idle(plan_.timeout_ms);
  }
  if (o.result == "fin") return o.while_idle ? "FIN from the peer" : "FIN: the peer closed the connection instead of echoing";
  return (o.result == "rst" ? "RST: " : "error: ") + o.error.message();
}

void HoldRunner::held(const HoldOutcome& o) {
  const int seq = static_cast<int>(gap_) + 1;
  if (out_.json()) {
    JsonLine ev("hold");
    ev.str("host", plan_.host).integer("port", plan_.port).integer("seq", seq).number("gap_ms", o.gap_ms)
        .str("result", o.result);
    ms_or_null(ev, "echo_ms", o.echo_ms).number("idle_ms", o.idle_ms).boolean("while_idle", o.while_idle);
    if (o.error) ev.str("code", o.error.name());
    else ev.null("code");
    ev.print();
  } else {
    std::string line = "idle " + format_idle(o.gap_ms) + ": ";
    if (o.result == "alive") line += "alive (echo in " + format_ms(o.echo_ms) + ")";
    else if (o.while_idle) line += "died after " + format_idle(o.idle_ms) + " idle (" + death_text(o) + ")";
    else line += "died (" + death_text(o) + ")";
    print_stdout(line + "\n");
  }
  if (o.result != "alive") {
    death_ = o;
    finish_hold();
    return;
  }
  survived_ms_ = o.gap_ms;
  if (++gap_ < gaps_.size()) {
    next_gap();
    return;
  }
  finish_hold();
}

void HoldRunner::finish_hold() {
  flow_.close();
  if (death_) exit_code_ = death_->result == "silence" ? kExitTimeout : kExitNetwork;
  else if (interrupted_) exit_code_ = kExitTimeout;
  if (out_.json()) {
    JsonLine ev("hold_summary");
    ev.str("host", plan_.host).integer("port", plan_.port).number("hold_ms", plan_.hold_ms)
        .number("survived_ms", survived_ms_);
    if (death_) {
      ev.number("died_ms", death_->idle_ms).str("how", death_->result).boolean("while_idle", death_->while_idle);
    } else {
      ev.null("died_ms").null("how").null("while_idle");
    }
    ev.boolean("interrupted", interrupted_ && !death_).print();
  } else {
    std::string line = "--- " + target() + ": flow ";
    if (death_) {
      line += survived_ms_ > 0 ? "survived " + format_idle(survived_ms_) + " idle, died after "
                               : "did not survive the first gap: died after ";
      line += format_idle(death_->idle_ms) + " idle";
      if (death_->while_idle) line += ", during the " + format_idle(death_->gap_ms) + " gap";
      line += " (" + death_text(*death_) + ")";
    } else if (interrupted_) {
      line += survived_ms_ > 0 ? "survived " + format_idle(survived_ms_) + " idle" : "survived no gap yet";
      if (gap_ < gaps_.size()) line += "; interrupted during the " + format_idle(gaps_[gap_]) + " gap";
    } else {
      line += "survived every gap up to " + format_idle(plan_.hold_ms);
    }
    print_stdout(line + "\n");
  }
  if (plan_.keepalive_ms > 0 && !interrupted_) {
    start_keepalive_check();
  } else {
    phase_ = Phase::kDone;
  }
}

void HoldRunner::start_keepalive_check() {
  phase_ = Phase::kKeepalive;
  FlowOptions fo;
  fo.host = address_.address;  // the same address as the flow under test, looked up no more
  fo.port = plan_.port;
  fo.family = address_.family;
  fo.timeout_ms = plan_.timeout_ms;
  fo.keepalive_s = keepalive_s_;
  fo.keepalive_count = kKeepaliveCount;
  keepalive_flow_.connect(fo, [this](const FlowConnected& c) { keepalive_connected(c); });
}

void HoldRunner::keepalive_connected(const FlowConnected& c) {
  if (c.error) {
    if (out_.json()) {
      out_.error(c.error);
    } else {
      print_stdout("keepalive check: could not connect: " + describe_error(c.error) + "\n");
    }
    if (exit_code_ == kExitOk) exit_code_ = exit_code_for(core::classify(c.error));
    phase_ = Phase::kDone;
    return;
  }
  if (c.keepalive_rc != 0) {
    log::get()->warn("probe --keepalive-check: could not set every keepalive option: {}",
                     core::make_error(c.keepalive_rc, "setsockopt").message());
  }
  // The gap that killed the flow, or the longest one when none did.
  const double gap = death_ ? death_->gap_ms : plan_.hold_ms;
  keepalive_flow_.hold(gap, [this](const HoldOutcome& o) { keepalive_held(o); });
}

std::string HoldRunner::keepalive_probe_text(const HoldOutcome& o) const {
  const double interval_ms = keepalive_s_ * 1000.0;
  if (o.result == "silence" && o.while_idle && o.error) {
    return "the keepalive probes went unanswered and the kernel gave up after " + format_idle(o.idle_ms) + " idle";
  }
  if (!o.have_info) {
    if (o.info_rc == 0) return {};
    return std::string("whether the probes were answered is not known (TCP_INFO: ") +
           core::make_error(o.info_rc, "getsockopt").name() + ")";
  }
  switch (keepalive_verdict(o.info, interval_ms, o.idle_ms)) {
    case KeepaliveVerdict::kNotDue:
      return "no keepalive probe was due in " + format_idle(o.idle_ms) + ": use an interval shorter than the gap";
    case KeepaliveVerdict::kAnswered:
      return "the probes were answered (the last ACK " + format_idle(o.info.last_ack_recv_ms) +
             (o.while_idle ? " before it died)" : " before the end of the gap)");
    case KeepaliveVerdict::kUnanswered:
      return std::to_string(o.info.probes) + (o.info.probes == 1 ? " keepalive probe" : " keepalive probes") +
             " unanswered at the end of the gap";
    case KeepaliveVerdict::kUnknown: break;
  }
  return "no answer to a keepalive probe was seen (the last ACK came " + format_idle(o.info.last_ack_recv_ms) +
         " before)";
}

void HoldRunner::keepalive_held(const HoldOutcome& o) {
  keepalive_flow_.close();
  phase_ = Phase::kDone;
  const bool kept = o.result == "alive";
  const double interval_ms = keepalive_s_ * 1000.0;
  if (out_.json()) {
    JsonLine ev("keepalive");
    ev.str("host", plan_.host).integer("port", plan_.port).number("interval_ms", interval_ms)
        .number("gap_ms", o.gap_ms).str("result", o.result).boolean("kept_alive", kept);
    ms_or_null(ev, "echo_ms", o.echo_ms).number("idle_ms", o.idle_ms).boolean("while_idle", o.while_idle);
    if (o.error) ev.str("code", o.error.name());
    else ev.null("code");
    if (o.result == "silence" && o.while_idle && o.error) {
      ev.boolean("probes_answered", false);
    } else if (o.have_info) {
      KeepaliveVerdict v = keepalive_verdict(o.info, interval_ms, o.idle_ms);
      if (v == KeepaliveVerdict::kAnswered) ev.boolean("probes_answered", true);
      else if (v == KeepaliveVerdict::kUnanswered) ev.boolean("probes_answered", false);
      else ev.null("probes_answered");
    } else {
      ev.null("probes_answered");
    }
    if (o.have_info) {
      ev.integer("last_ack_ms", o.info.last_ack_recv_ms).integer("probes", o.info.probes)
          .integer("unacked", o.info.unacked);
    } else {
      ev.null("last_ack_ms").null("probes").null("unacked");
    }
    ev.print();
    return;
  }
  std::string line = "keepalive every " + format_idle(interval_ms) + ": ";
  if (kept) {
    line += "kept the flow alive for " + format_idle(o.gap_ms) + " (echo in " + format_ms(o.echo_ms) + ")";
  } else {
    line += "did not keep the flow alive for " + format_idle(o.gap_ms);
    if (o.while_idle) line += ": died after " + format_idle(o.idle_ms) + " idle";
    line += " (" + death_text(o) + ")";
  }
  std::string probes = keepalive_probe_text(o);
  if (!probes.empty()) line += "; " + probes;
  if (!kept && probes.rfind("the probes were answered", 0) == 0) {
    line += ", so what dropped the flow does not count keepalives as traffic";
  }
  print_stdout(line + "\n");
}

void HoldRunner::interrupt() {
  if (interrupted_) return;
  interrupted_ = true;
  switch (phase_) {
    case Phase::kHold:
      flow_.close();
      if (address_.address.empty()) {
        // Still connecting: there is nothing to summarise.
        exit_code_ = kExitTimeout;
        phase_ = Phase::kDone;
        break;
      }
      finish_hold();
      break;
    case Phase::kKeepalive:
      keepalive_flow_.close();
      if (!out_.json()) print_stdout("keepalive check: interrupted\n");
      phase_ = Phase::kDone;
      break;
    case Phase::kDone: break;
  }
}

}  // namespace

int run_hold_probe(const HoldPlan& plan) {
  core::Loop loop;
  HoldRunner runner(loop, plan);
  runner.start();
  return run_loop(loop, [&] { return runner.exit_code(); });
}

}  // namespace netjs::commands

#include "commands/probe_runner.h"

#include "core/address.h"
#include "core/error_class.h"
#include "core/signal.h"
#include "core/timer.h"
#include "commands/exit_codes.h"
#include "commands/family_words.h"
#include "commands/latency_picture.h"
#include "log/log.h"
#include "commands/loop_run.h"
#include "commands/output.h"
#include "commands/probe_attempt.h"
#include "commands/stats.h"

#include <algorithm>
#include <csignal>
#include <cstdio>

namespace netjs::commands {

namespace {

std::string target_name(const ProbeTarget& t) {
  return core::host_port(t.host, t.port);
}

int exit_code_for_result(const ProbeResult& r) {
  if (r.result == "open") return kExitOk;
  if (r.result == "mismatch") return kExitMismatch;
  if (r.result == "dns") return kExitDns;
  // Our own deadline, even one that passed during the lookup (getaddrinfo ETIMEDOUT, which the table
  // classes as dns): the result says timeout, and so does the exit code.
  if (r.result == "timeout") return kExitTimeout;
  return exit_code_for(core::classify(r.error));
}

std::string human_result(const std::string& r) { return r == "dns" ? "DNS failure" : r == "no-answer" ? "no answer" : r; }

std::string family_label(const core::Endpoint& e) { return e.family == 6 ? "IPv6" : "IPv4"; }

void print_stdout(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stdout);
  std::fflush(stdout);
}

class Runner {
 public:
  Runner(core::Loop& loop, const ProbePlan& plan)
      : loop_(loop), plan_(plan), opts_(*plan.opts), out_("probe", opts_.common.json, opts_.common.quiet) {}

  void start();
  int exit_code() const { return exit_code_; }

 private:
  void next_target();
  void attempt();
  void attempted(const ProbeResult& r);
  void target_done(bool open, const ProbeResult& last);
  void print_result(const ProbeResult& r, bool final);
  void print_summary();
  void interrupt();

  core::Loop& loop_;
  const ProbePlan& plan_;
  const ProbeOptions& opts_;
  Output out_;
  core::Timer* timer_ = nullptr;
  std::size_t target_ = 0;
  int seq_ = 0;
  int open_ = 0;
  double target_started_ms_ = 0;
  RttStats stats_;
  std::vector<LatencySample> samples_;  // each probe of the target, for the summary's pictures
  bool in_flight_ = false;
  bool interrupted_ = false;
  int exit_code_ = kExitOk;
};

void Runner::start() {
  for (int sig : {SIGINT, SIGTERM}) {
    int err = 0;
    core::Signal::start(loop_, sig, [this](core::Signal&, int) { interrupt(); }, &err);
  }
  next_target();
}

void Runner::interrupt() {
  // As ping does: stop, but still print what was measured so far.
  if (interrupted_) return;
  interrupted_ = true;
  if (timer_) timer_->close();
  timer_ = nullptr;
  if (seq_ > 0 && !in_flight_ && opts_.count > 1) print_summary();
  if (exit_code_ == kExitOk && open_ == 0) exit_code_ = kExitTimeout;
}

void Runner::next_target() {
  if (interrupted_ || target_ >= plan_.targets.size()) return;
  seq_ = 0;
  open_ = 0;
  stats_ = RttStats();
  samples_.clear();
  target_started_ms_ = now_ms();
  attempt();
}

void Runner::attempt() {
  if (interrupted_) return;
  const ProbeTarget& t = plan_.targets[target_];
  ProbeSpec spec;
  spec.host = t.host;
  spec.port = t.port;
  spec.family = opts_.common.family();
  spec.timeout_ms = opts_.timeout * 1000;
  if (opts_.wait > 0) {
    double left = opts_.wait * 1000 - (now_ms() - target_started_ms_);
    spec.timeout_ms = std::max(1.0, std::min(spec.timeout_ms, left));
  }
  spec.send = plan_.send;
  spec.expect = plan_.expect;
  spec.udp = opts_.udp;
  ++seq_;
  in_flight_ = true;
  start_probe(loop_, spec, [this](const ProbeResult& r) { attempted(r); });
}

void Runner::attempted(const ProbeResult& r) {
  in_flight_ = false;
  const bool open = r.result == "open";
  if (open) {
    ++open_;
    stats_.add(r.connect_ms);
  }
  samples_.push_back(open ? LatencySample{r.connect_ms, ""} : LatencySample{0, human_result(r.result)});
  if (opts_.wait > 0) {
    double elapsed = now_ms() - target_started_ms_;
    if (open || elapsed + opts_.interval * 1000 >= opts_.wait * 1000 || interrupted_) {
      print_result(r, true);
      target_done(open, r);
      return;
    }
    if (opts_.common.json) print_result(r, false);
    log::get()->info("probe: {} attempt {}: {}, retrying", target_name(plan_.targets[target_]), seq_, r.result);
  } else {
    const bool last = seq_ >= opts_.count || interrupted_;
    print_result(r, last);
    if (last) {
      if (opts_.count > 1) print_summary();
      target_done(open_ > 0, r);
      return;
    }
  }
  timer_ = core::Timer::create(loop_, [this](core::Timer& t) {
    t.close();
    timer_ = nullptr;
    attempt();
  });
  (void)timer_->start(static_cast<uint64_t>(opts_.interval * 1000));
}

void Runner::target_done(bool open, const ProbeResult& last) {
  if (!open && exit_code_ == kExitOk) {
    // --wait gave up: the wait as a whole timed out, whatever the last attempt said.
    exit_code_ = opts_.wait > 0 ? kExitTimeout : exit_code_for_result(last);
  }
  ++target_;
  next_target();
}

void Runner::print_result(const ProbeResult& r, bool final) {
  const ProbeTarget& t = plan_.targets[target_];
  if (opts_.common.json) {
    JsonLine ev("probe");
    ev.str("host", t.host).integer("port", t.port);
    if (opts_.udp) ev.str("protocol", "udp");  // TCP's events stay as they were
    ev.integer("seq", seq_).str("result", r.result);
    if (r.address.address.empty()) ev.null("address").null("family");
    else ev.str("address", r.address.address).integer("family", r.address.family);
    if (r.dns_ms >= 0) ev.number("dns_ms", r.dns_ms);
    else ev.null("dns_ms");
    if (r.connect_ms >= 0) ev.number("connect_ms", r.connect_ms);
    else ev.null("connect_ms");
    ev.number("elapsed_ms", r.elapsed_ms);
    if (r.result == "open" || !r.error) ev.null("code").null("syscall");
    else ev.str("code", r.error.name()).str("syscall", r.error.syscall);
    std::string tried = "[";
    for (const auto& tr : r.tried) {
      if (tried.size() > 1) tried += ',';
      JsonLine item("");
      item.str("address", tr.address.address).integer("family", tr.address.family).str("result", tr.result);
      if (tr.connect_ms >= 0) item.number("connect_ms", tr.connect_ms);
      else item.null("connect_ms");
      if (tr.result == "open" || !tr.error) item.null("code");
      else item.str("code", tr.error.name());
      // Drop the leading "event" key: the items are plain objects.
      std::string text = item.text();
      tried += "{" + text.substr(text.find(',') + 1);
    }
    ev.raw("tried", tried + "]");
    ev.boolean("final", final);
    ev.print();
    return;
  }
  std::string line = target_name(t) + (opts_.udp ? " (udp)" : "");
  if (opts_.count > 1) line += " seq=" + std::to_string(seq_);
  line += ": " + human_result(r.result);
  if (r.result == "dns") {
    line += ", " + describe_error(r.error);
  } else {
    if (!r.address.address.empty()) {
      line += ", " + r.address.address;
      if (r.tried.size() > 1 || core::ip_family(t.host) == 0) line += " (" + family_label(r.address) + ")";
    }
    if (r.dns_ms >= 0) line += ", dns " + format_ms(r.dns_ms);
    if (r.connect_ms >= 0) line += (opts_.udp ? ", reply " : ", connect ") + format_ms(r.connect_ms);
    if (r.result == "timeout") line += ", no answer in " + format_ms(r.elapsed_ms);
    else if (r.result == "no-answer") line += ", no reply in " + format_ms(r.elapsed_ms) + " (open|filtered)";
    else if (r.result == "mismatch") line += ", '" + opts_.expect + "' not received";
    else if (r.result != "open" && r.error) line += " (" + r.error.message() + ")";
    for (const auto& tr : r.tried) {
      if (tr.address.address == r.address.address) continue;
      // Every other address in the same words, so a dual-stack name says which family failed and how.
      line += "; " + family_address(tr.address.family, tr.address.address) + ": " +
              outcome_in_words(tr.result, tr.error, r.elapsed_ms);
      if (tr.result == "open" && tr.connect_ms >= 0) line += (opts_.udp ? ", reply " : ", connect ") + format_ms(tr.connect_ms);
    }
  }
  if (opts_.wait > 0) {
    line += r.result == "open" ? ", after " : ", gave up after ";
    line += std::to_string(seq_) + (seq_ == 1 ? " attempt" : " attempts") + " in " +
            format_ms(now_ms() - target_started_ms_);
  }
  print_stdout(line + "\n");
}

void Runner::print_summary() {
  const ProbeTarget& t = plan_.targets[target_];
  const double loss = seq_ > 0 ? 100.0 * (seq_ - open_) / seq_ : 0;
  if (opts_.common.json) {
    JsonLine ev("summary");
    ev.str("host", t.host).integer("port", t.port).integer("sent", seq_).integer("open", open_).number("loss_pct", loss);
    if (stats_.count() > 0) {
      ev.number("min_ms", stats_.min()).number("avg_ms", stats_.avg()).number("max_ms", stats_.max())
          .number("mdev_ms", stats_.mdev());
    } else {
      ev.null("min_ms").null("avg_ms").null("max_ms").null("mdev_ms");
    }
    ev.raw("histogram", histogram_json(samples_)).raw("samples", samples_json(samples_));
    ev.print();
    return;
  }
  char buf[256];
  std::snprintf(buf, sizeof(buf), "--- %s: %d probes, %d open, %.0f%% loss", target_name(t).c_str(), seq_, open_, loss);
  std::string line = buf;
  if (stats_.count() > 0) {
    std::snprintf(buf, sizeof(buf), ", %s min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms", opts_.udp ? "reply" : "connect",
                  stats_.min(), stats_.avg(), stats_.max(), stats_.mdev());
    line += buf;
  }
  line += "\n";
  for (const std::string& row : latency_picture(samples_, !opts_.ascii && locale_is_utf8())) line += row + "\n";
  print_stdout(line);
}

}  // namespace

int run_probe_plan(const ProbePlan& plan) {
  core::Loop loop;
  Runner runner(loop, plan);
  runner.start();
  return run_loop(loop, [&] { return runner.exit_code(); });
}

}  // namespace netjs::commands

#include "cmd_probe.h"

#include "cli_values.h"
#include "cmd_common.h"
#include "commands/exit_codes.h"
#include "commands/hold_probe.h"
#include "commands/probe_runner.h"
#include "probe_targets.h"

#include <iostream>

namespace netjs::app {

CLI::App* setup_probe(CLI::App& app, ProbeOptions& opts) {
  CLI::App* sub = app.add_subcommand(
      "probe", "Check TCP ports (-u: UDP): open, refused, timeout, DNS failure, unreachable or reset, with DNS and connect times");
  sub->add_option("TARGET", opts.targets,
                  "HOST PORT, HOST:PORT or [V6]:PORT; PORT may be a list and ranges: 22,80,8000-8010")
      ->required()
      ->option_text("TARGET...");
  sub->add_option("-c,--count", opts.count, "Probe each target N times and print a summary (default: 1)")
      ->check(CLI::Range(1, 1000000))
      ->option_text("N");
  sub->add_option("-i,--interval", opts.interval, "Time between probes of a target (default: 1s)")
      ->transform(duration_validator())
      ->option_text("SECONDS");
  sub->add_option("-w,--wait", opts.wait,
                  "Keep probing (every --interval) until the port is open or this time has passed; "
                  "replaces 'until nc -z ...' loops")
      ->transform(duration_validator())
      ->option_text("SECONDS");
  sub->add_option("-t,--timeout", opts.timeout, "Time allowed for each probe: DNS, connect and --expect (default: 3s)")
      ->transform(duration_validator())
      ->option_text("SECONDS");
  sub->add_option_function<std::string>(
      "--send", [&opts](const std::string& v) { opts.send = v; opts.has_send = true; },
      "Send TEXT once connected (escapes: \\n \\r \\t \\0 \\\\ \\xHH)")
      ->option_text("TEXT");
  sub->add_option_function<std::string>(
      "--expect", [&opts](const std::string& v) { opts.expect = v; opts.has_expect = true; },
      "Open only if the reply contains TEXT (a banner check; same escapes); otherwise the result is 'mismatch'")
      ->option_text("TEXT");
  sub->add_flag("-u,--udp", opts.udp,
                "UDP: send the --send datagram (empty without it) and wait --timeout for a reply: open (a reply), "
                "mismatch (a reply without --expect's text), refused (ICMP port unreachable), "
                "no-answer (open|filtered)");
  sub->add_option("--hold", opts.hold,
                  "Find the idle timeout of a NAT or firewall on the way to one TARGET (an echo server, e.g. "
                  "'netjs serve'): stay connected; after idle gaps of --hold-start, doubling, up to DURATION (the "
                  "last gap), send one byte and wait --timeout for its echo; say which gaps the flow survived "
                  "and how it died. Exit 0: survived "
                  "DURATION; 4: no echo (silence); 6: RST or FIN")
      ->transform(duration_validator())
      ->option_text("DURATION");
  sub->add_option("--hold-start", opts.hold_start, "The first idle gap of --hold (default: 15s)")
      ->transform(duration_validator())
      ->option_text("GAP");
  sub->add_option("--keepalive-check", opts.keepalive_check,
                  "After --hold: hold a new connection with TCP keepalive every INTERVAL (whole seconds) for the "
                  "gap that killed the flow (or DURATION), and say whether keepalive kept it alive")
      ->transform(duration_validator())
      ->option_text("INTERVAL");
  sub->add_flag("--ascii", opts.ascii,
                "Draw the --count histogram and sparkline in ASCII (the default when the locale, LC_ALL / LC_CTYPE / "
                "LANG, is not UTF-8)");
  add_common_options(*sub, opts.common);
  return sub;
}

namespace {

// --hold's own checks, then the hold probe instead of the plain one.
int run_hold(const ProbeOptions& opts, const std::vector<commands::ProbeTarget>& targets) {
  auto usage = [](const std::string& msg) { return usage_error("probe", msg); };
  if (opts.hold < 0) {
    return usage(opts.hold_start >= 0 ? "--hold-start needs --hold" : "--keepalive-check needs --hold");
  }
  if (opts.hold == 0) return usage("--hold must be more than 0");
  if (targets.size() != 1) {
    return usage("--hold takes one target (HOST PORT), not " + std::to_string(targets.size()));
  }
  if (opts.count != 1) return usage("--hold cannot be combined with --count");
  if (opts.wait > 0) return usage("--hold cannot be combined with --wait");
  if (opts.udp) return usage("--hold holds a TCP flow: it cannot be combined with -u");
  if (opts.has_send || opts.has_expect) return usage("--hold cannot be combined with --send or --expect");
  if (opts.hold_start >= 0 && opts.hold_start < 0.001) return usage("--hold-start must be at least 1ms");
  if (opts.keepalive_check == 0) return usage("--keepalive-check must be more than 0");
  // The kernel's limit for TCP_KEEPIDLE and TCP_KEEPINTVL.
  if (opts.keepalive_check > 32767) return usage("--keepalive-check must be at most 32767 s");
  commands::HoldPlan plan;
  plan.host = targets[0].host;
  plan.port = targets[0].port;
  plan.family = opts.common.family();
  plan.timeout_ms = opts.timeout * 1000;
  plan.hold_ms = opts.hold * 1000;
  if (opts.hold_start > 0) plan.first_gap_ms = opts.hold_start * 1000;
  if (opts.keepalive_check > 0) plan.keepalive_ms = opts.keepalive_check * 1000;
  plan.json = opts.common.json;
  return commands::run_hold_probe(plan);
}

}  // namespace

int run_probe(const ProbeOptions& opts) {
  auto usage = [](const std::string& msg) { return usage_error("probe", msg); };
  if (std::string e = check_common_options(opts.common); !e.empty()) return usage(e);
  commands::ProbePlan plan;
  plan.opts = &opts;
  std::string err = parse_probe_targets(opts.targets, &plan.targets);
  if (!err.empty()) return usage(err);
  err = unescape_send_expect(opts.has_send, opts.send, opts.has_expect, opts.expect, &plan.send, &plan.expect);
  if (!err.empty()) return usage(err);
  if (opts.timeout <= 0) return usage("--timeout must be more than 0");
  if (opts.hold >= 0 || opts.hold_start >= 0 || opts.keepalive_check >= 0) return run_hold(opts, plan.targets);
  return commands::run_probe_plan(plan);
}

}  // namespace netjs::app

#include "cmd_probe.h"

#include "cli_values.h"
#include "cmd_common.h"
#include "commands/exit_codes.h"
#include "commands/probe_runner.h"
#include "probe_targets.h"

#include <iostream>

namespace netjs::app {

CLI::App* setup_probe(CLI::App& app, ProbeOptions& opts) {
  CLI::App* sub = app.add_subcommand(
      "probe", "Check TCP ports: open, refused, timeout, DNS failure, unreachable or reset, with DNS and connect times");
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
  sub->add_flag("--ascii", opts.ascii,
                "Draw the --count histogram and sparkline in ASCII (the default when the locale, LC_ALL / LC_CTYPE / "
                "LANG, is not UTF-8)");
  add_common_options(*sub, opts.common);
  return sub;
}

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
  return commands::run_probe_plan(plan);
}

}  // namespace netjs::app

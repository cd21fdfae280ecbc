#include "commands/serve_script.h"

#include "commands/exit_codes.h"
#include "js/script.h"
#include "commands/json_line.h"

#include <filesystem>

namespace netjs::commands {

namespace {

// The CLI's exit-code policy for the wrapper: {"usage":2,"refused":3,...}, one entry per error class
// by its name (the names the JS binding's classify() returns).
std::string exit_codes_json() {
  std::string json = "{\"usage\":" + std::to_string(kExitUsage);
  for (core::ErrorClass c : {core::ErrorClass::kRefused, core::ErrorClass::kTimeout, core::ErrorClass::kDns,
                             core::ErrorClass::kUnreachable, core::ErrorClass::kReset, core::ErrorClass::kOther}) {
    json += "," + json_quote(core::class_name(c)) + ":" + std::to_string(exit_code_for(c));
  }
  return json + "}";
}

}  // namespace

std::string_view mode_script(const std::string& mode) {
  if (mode != "echo" && mode != "discard" && mode != "sink" && mode != "chargen") return {};
  return js::builtin_source(("internal/serve/" + mode).c_str());
}

int run_script_server(const ServeOptions& opts) {
  const int family = opts.common.family();
  std::string host = opts.host;
  if (host.empty() && family == 4) host = "0.0.0.0";
  if (host.empty() && family == 6) host = "::";
  js::ScriptOptions script;
  script.builtin_main = "internal/serve/wrapper";
  // The wrapper's `cfg` (its file-opening comment lists the fields).
  script.builtin_config = JsonLine("serve")
                              .str("script", std::filesystem::absolute(opts.script).string())
                              .str("host", host)
                              .integer("port", opts.port)
                              .integer("fd", opts.inherited_fd)
                              .str("activationNote", activation_note(opts))
                              .boolean("ipv6Only", opts.inherited_fd >= 0 ? opts.inherited_ipv6_only : family == 6)
                              .integer("maxConnections", opts.max_connections)
                              .number("idleTimeout", opts.idle_timeout * 1000)
                              .boolean("once", opts.once)
                              .boolean("keepalive", opts.keepalive)
                              .number("statsInterval", opts.stats_interval * 1000)
                              .boolean("json", opts.common.json)
                              .boolean("quiet", opts.common.quiet)
                              .raw("exitCodes", exit_codes_json())
                              .text();
  script.exec_path = opts.exec_path;
  script.exit_follows = true;
  return js::run_script(script);
}

}  // namespace netjs::commands

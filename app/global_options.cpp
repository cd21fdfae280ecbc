#include "global_options.h"

#include "log/log.h"

namespace netjs::app {

void setup_global_options(CLI::App& app, GlobalOptions& opts) {
  app.add_flag("-v,--verbose", opts.verbose, "More log output on stderr (-v info, -vv debug: traces net events, -vvv trace)");
  app.add_flag("-q,--quiet", opts.quiet, "Only errors in the log");
  app.add_option("--log-level", opts.log_level, "Log level: trace, debug, info, warn, error, off (default: $NETJS_LOG or warn)")
      ->option_text("LEVEL");
  app.add_option("--log-file", opts.log_file, "Also write the log to FILE")->option_text("FILE");
}

std::string apply_global_options(const GlobalOptions& opts) {
  log::Options lo;
  lo.file = opts.log_file;
  if (!opts.log_level.empty()) lo.level = opts.log_level;
  else if (opts.quiet) lo.level = "error";
  else if (opts.verbose == 1) lo.level = "info";
  else if (opts.verbose == 2) lo.level = "debug";
  else if (opts.verbose >= 3) lo.level = "trace";
  return log::setup(lo);
}

}  // namespace netjs::app

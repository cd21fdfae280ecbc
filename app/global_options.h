// Options every netjs command shares: logging verbosity and destination.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

struct GlobalOptions {
  int verbose = 0;        // -v: info, -vv: debug, -vvv: trace
  bool quiet = false;     // -q: errors only
  std::string log_level;  // explicit level wins over -v/-q
  std::string log_file;
};

void setup_global_options(CLI::App& app, GlobalOptions& opts);
// Applies the options to the logger. Returns an error message, empty on success.
std::string apply_global_options(const GlobalOptions& opts);

}  // namespace netjs::app

// The one logger of the program. Quiet by default (warnings and errors only), on stderr; never
// stdout, which carries data.
#pragma once

#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <string>

namespace netjs::log {

struct Options {
  // "trace", "debug", "info", "warn", "error", "critical", "off". Empty: NETJS_LOG or "warn".
  std::string level;
  // Also (or instead) write to this file. Empty: stderr only.
  std::string file;
};

// Parses a level name; nullopt when it is not one.
std::optional<spdlog::level::level_enum> parse_level(const std::string& name);

// Sets the logger up. Returns an error message on bad input (unknown level, unwritable file).
std::string setup(const Options& opts);

// The logger; usable before setup() (then at its defaults).
spdlog::logger* get();

}  // namespace netjs::log

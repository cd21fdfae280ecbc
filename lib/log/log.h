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

// A log argument that formats as `resource.describe()`, called only if the message is logged: a
// description takes two getsockname-style system calls and a few strings, too much for every
// accept and close of a busy server whose debug log is off.
template <class T>
struct Described {
  const T& resource;
};
template <class T>
Described<T> described(const T& resource) {
  return {resource};
}

}  // namespace netjs::log

template <class T>
struct fmt::formatter<netjs::log::Described<T>> : fmt::formatter<std::string_view> {
  template <class Context>
  auto format(const netjs::log::Described<T>& d, Context& ctx) const {
    std::string text = d.resource.describe();
    return fmt::formatter<std::string_view>::format(std::string_view(text), ctx);
  }
};

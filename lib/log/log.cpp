#include "log/log.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <cstdlib>
#include <vector>

namespace netjs::log {

namespace {

std::shared_ptr<spdlog::logger> make_default() {
  // Single-threaded sink: everything logs from the loop thread.
  auto logger = std::make_shared<spdlog::logger>("netjs", std::make_shared<spdlog::sinks::stderr_sink_st>());
  logger->set_pattern("netjs: %l: %v");
  logger->set_level(spdlog::level::warn);
  return logger;
}

std::shared_ptr<spdlog::logger>& instance() {
  static std::shared_ptr<spdlog::logger> logger = make_default();
  return logger;
}

}  // namespace

std::optional<spdlog::level::level_enum> parse_level(const std::string& name) {
  static const std::pair<const char*, spdlog::level::level_enum> kLevels[] = {
      {"trace", spdlog::level::trace}, {"debug", spdlog::level::debug}, {"info", spdlog::level::info},
      {"warn", spdlog::level::warn},   {"warning", spdlog::level::warn}, {"error", spdlog::level::err},
      {"critical", spdlog::level::critical}, {"off", spdlog::level::off}};
  for (const auto& [n, level] : kLevels) {
    if (name == n) return level;
  }
  return std::nullopt;
}

std::string setup(const Options& opts) {
  std::string level_name = opts.level;
  if (level_name.empty()) {
    const char* env = std::getenv("NETJS_LOG");
    level_name = env && *env ? env : "warn";
  }
  auto level = parse_level(level_name);
  if (!level) return "unknown log level '" + level_name + "' (use trace, debug, info, warn, error, off)";

  std::vector<spdlog::sink_ptr> sinks{std::make_shared<spdlog::sinks::stderr_sink_st>()};
  if (!opts.file.empty()) {
    try {
      sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_st>(opts.file));
    } catch (const spdlog::spdlog_ex& e) {
      return "cannot open log file '" + opts.file + "': " + e.what();
    }
  }
  auto logger = std::make_shared<spdlog::logger>("netjs", sinks.begin(), sinks.end());
  logger->set_level(*level);
  // The stderr pattern stays short; a log file gets timestamps.
  sinks[0]->set_pattern(*level <= spdlog::level::debug ? "netjs: %H:%M:%S.%e %l: %v" : "netjs: %l: %v");
  if (sinks.size() > 1) sinks[1]->set_pattern("%Y-%m-%dT%H:%M:%S.%f %l: %v");
  logger->flush_on(spdlog::level::trace);
  instance() = logger;
  return {};
}

spdlog::logger* get() { return instance().get(); }

}  // namespace netjs::log

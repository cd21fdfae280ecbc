// One JSON Lines event for --json output: {"event":"...", field: value, ...} on one line of stdout.
// Field names are part of the interface (README "JSON output", man page), so every event is built
// here rather than formatted ad hoc.
#pragma once

#include <cstdint>
#include <string>

namespace netjs::commands {

class JsonLine {
 public:
  explicit JsonLine(const std::string& event);
  // A line that records nothing and prints nothing: what Output::line() gives without --json, so a
  // command builds no JSON per connection nobody asked for.
  static JsonLine off() { return JsonLine(); }

  JsonLine& str(const char* key, const std::string& value);
  JsonLine& integer(const char* key, int64_t value);
  // Milliseconds and other measurements: three decimals.
  JsonLine& number(const char* key, double value);
  JsonLine& boolean(const char* key, bool value);
  JsonLine& null(const char* key);
  // `json` must already be valid JSON (an array or object built by the caller).
  JsonLine& raw(const char* key, const std::string& json);

  std::string text() const { return on_ ? body_ + "}" : std::string(); }
  // Writes the line to stdout and flushes, so a reader of a pipe sees each event as it happens.
  void print() const;

 private:
  JsonLine() : on_(false) {}
  void key(const char* k);
  std::string body_;
  bool on_ = true;
};

std::string json_quote(const std::string& s);

}  // namespace netjs::commands

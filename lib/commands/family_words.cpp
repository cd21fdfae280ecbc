#include "commands/family_words.h"

#include "commands/json_line.h"
#include "commands/stats.h"
#include "core/error_class.h"

namespace netjs::commands {

std::string family_address(int family, const std::string& address) {
  if (family == 6) return "IPv6 [" + address + "]";
  return "IPv4 " + address;
}

std::string outcome_in_words(const std::string& result, const core::Error& err, double waited_ms) {
  if (result == "open") return result;
  if (result == "timeout") return waited_ms >= 0 ? "timeout after " + format_ms(waited_ms) : result;
  // A UDP probe's silence: nobody can tell an open port that ignores the datagram from a filtered one.
  if (result == "no-answer") return (waited_ms >= 0 ? "no answer in " + format_ms(waited_ms) : "no answer") + " (open|filtered)";
  // The syscall and the code say where it failed, for whoever reads on (the log has the full message).
  if (err && err.code != 0) return result + " (" + (err.syscall.empty() ? "" : err.syscall + " ") + err.name() + ")";
  return result;
}

std::string try_result(const core::ConnectTry& t) {
  if (!t.error) return t.connect_ms >= 0 ? "open" : "timeout";
  return core::class_name(core::classify(t.error));
}

std::string tries_in_words(const std::vector<core::ConnectTry>& tried, double waited_ms) {
  std::string text;
  for (const core::ConnectTry& t : tried) {
    if (!text.empty()) text += "; ";
    text += family_address(t.address.family, t.address.address) + ": " + outcome_in_words(try_result(t), t.error, waited_ms);
  }
  return text;
}

std::string tried_json(const std::vector<core::ConnectTry>& tried) {
  std::string json = "[";
  for (const core::ConnectTry& t : tried) {
    if (json.size() > 1) json += ',';
    const std::string result = try_result(t);
    JsonLine item("");
    item.str("address", t.address.address).integer("family", t.address.family).str("result", result);
    if (t.connect_ms >= 0) item.number("connect_ms", t.connect_ms);
    else item.null("connect_ms");
    if (t.error) item.str("code", t.error.name());
    else item.null("code");
    // Drop the leading "event" key: the items are plain objects.
    std::string text = item.text();
    json += "{" + text.substr(text.find(',') + 1);
  }
  return json + "]";
}

}  // namespace netjs::commands

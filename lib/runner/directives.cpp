#include "runner/directives.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace netjs::runner {

namespace {

constexpr const char* kMarker = "netjs-test:";

std::string trim(const std::string& s) {
  std::size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  std::size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

// Applies the directives in `text` (what follows the marker). Returns an error message or "".
std::string apply(const std::string& text, Directives& d) {
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    if (word == "expect-fail") {
      d.expect_fail = true;
    } else if (word == "skip") {
      d.skip = true;
      std::string rest;
      std::getline(in, rest);
      d.skip_reason = trim(rest);
      return {};
    } else if (word.compare(0, 8, "timeout=") == 0) {
      std::string value = word.substr(8);
      char* end = nullptr;
      double s = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || !(s > 0) || s > 86400) {
        return "bad timeout '" + value + "' (seconds, > 0)";
      }
      d.timeout_s = s;
    } else {
      return "unknown directive '" + word + "' (timeout=N, expect-fail, skip REASON)";
    }
  }
  return {};
}

}  // namespace

Directives parse_directives(const std::string& source) {
  Directives d;
  std::istringstream in(source);
  std::string raw;
  bool in_block = false;  // inside /* ... */
  while (std::getline(in, raw)) {
    std::string line = trim(raw);
    if (in_block) {
      if (line.find("*/") != std::string::npos) in_block = false;
      continue;
    }
    if (line.empty() || line.compare(0, 2, "#!") == 0) continue;
    if (line == "'use strict';" || line == "\"use strict\";" || line == "'use strict'" || line == "\"use strict\"") continue;
    if (line.compare(0, 2, "/*") == 0) {
      in_block = line.find("*/", 2) == std::string::npos;
      continue;
    }
    if (line.compare(0, 2, "//") != 0) break;  // the first line of code ends the header
    std::string comment = trim(line.substr(2));
    if (comment.compare(0, std::char_traits<char>::length(kMarker), kMarker) != 0) continue;
    std::string err = apply(comment.substr(std::char_traits<char>::length(kMarker)), d);
    if (!err.empty() && d.error.empty()) d.error = err;
  }
  return d;
}

Directives read_directives(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    Directives d;
    d.error = "cannot read the file";
    return d;
  }
  // A header longer than this is not a header.
  std::string head(16 * 1024, '\0');
  f.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(f.gcount()));
  return parse_directives(head);
}

}  // namespace netjs::runner

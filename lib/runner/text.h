// Text helpers the reports share: making a child's raw output safe to embed (UTF-8, XML, YAML),
// taking the tail of it, formatting durations.
#pragma once

#include <string>
#include <vector>

namespace netjs::runner {

// Valid UTF-8 with every character XML 1.0 and YAML forbid (C0/C1 controls except tab and newline,
// DEL, U+FFFE/U+FFFF) and every malformed sequence replaced by U+FFFD. \r is dropped.
std::string printable_utf8(const std::string& s);

// Escapes for XML character data; in attributes also quotes and tab/newline (kept as &#9; &#10;).
// Expects printable_utf8() output.
std::string xml_escape(const std::string& s, bool attribute);

// The last `n` lines of `s` (without a trailing newline); "" for empty input.
std::string last_lines(const std::string& s, std::size_t n);

std::vector<std::string> split_lines(const std::string& s);

// "1.23" (seconds, two decimals).
std::string format_seconds(double s);

// "SIGSEGV" for 11; "signal 99" when unknown.
std::string signal_name(int signum);

}  // namespace netjs::runner

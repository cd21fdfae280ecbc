// Parsing of option values shared by the subcommands: durations, ports, escaped text, ADDR[:PORT].
// Each parser returns an empty string on success or the message for a usage error.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

// "2", "0.5", "500ms", "2s", "1m": seconds as a double (>= 0).
std::string parse_duration(const std::string& text, double* seconds);
// A CLI11 validator that rewrites a duration to plain seconds, so the option can be a double.
CLI::Validator duration_validator();
// A CLI11 validator for a TCP port: an integer in [min, 65535].
CLI::Validator port_validator(int min);

// A port number 1..65535 (0 when `allow_zero`).
std::string parse_port(const std::string& text, int* port, bool allow_zero = false);

// C-style escapes for --send/--expect: \n \r \t \0 \\ \xHH.
std::string unescape(const std::string& text, std::string* out);

// "ADDR", "ADDR:PORT", "[V6]", "[V6]:PORT", "V6" (no port: several colons).
std::string parse_host_port(const std::string& text, std::string* host, int* port, bool allow_zero);

}  // namespace netjs::app

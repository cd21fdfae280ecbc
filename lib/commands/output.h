// How a subcommand talks to its user: human text on stderr (stdout may carry data), or, with
// --json, JSON Lines events on stdout. Not the log: the log (log/log.h) is for diagnosing netjs
// and is quiet by default; this is the command's own output.
#pragma once

#include "core/error.h"
#include "commands/json_line.h"

#include <string>

namespace netjs::commands {

class Output {
 public:
  Output(std::string command, bool json, bool quiet) : command_(std::move(command)), json_(json), quiet_(quiet) {}

  bool json() const { return json_; }
  // "netjs serve: LINE" on stderr; nothing with --json or -q.
  void status(const std::string& line) const;
  // A failure: an "error" event with --json, otherwise one line on stderr (also with -q).
  void error(const core::Error& err) const;
  void error(const core::Error& err, JsonLine event) const;
  // A failure that is no OS error (an idle timeout, a mismatch): an "error" event with the same fields
  // as any other (`cls` one of the classes' names; no syscall; the peer if known), or one line on
  // stderr.
  void failure(const std::string& code, const char* cls, const std::string& message,
               const std::string& address = {}, int port = -1) const;
  // An event line to fill and pass to event(): inert without --json, so building it costs nothing.
  JsonLine line(const char* event) const { return json_ ? JsonLine(event) : JsonLine::off(); }
  void event(const JsonLine& line) const {
    if (json_) line.print();
  }

 private:
  std::string command_;
  bool json_;
  bool quiet_;
};

// code, syscall, address, port, class and message of `err`, for any event.
JsonLine& add_error_fields(JsonLine& line, const core::Error& err);
// "connect ECONNREFUSED 127.0.0.1:1 (connection refused)"
std::string describe_error(const core::Error& err);

// Prints a usage error as one line on stderr ("netjs probe: MESSAGE (see 'netjs help probe')") and
// returns the usage exit code.
int usage_error(const std::string& command, const std::string& message);

}  // namespace netjs::commands

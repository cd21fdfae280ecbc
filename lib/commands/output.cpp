#include "commands/output.h"

#include "commands/exit_codes.h"
#include "core/error_class.h"

#include <cstdio>
#include <iostream>

namespace netjs::commands {

namespace {
void write_stderr(const std::string& line) {
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
}
}  // namespace

std::string describe_error(const core::Error& err) { return err.message() + " (" + err.description() + ")"; }

JsonLine& add_error_fields(JsonLine& line, const core::Error& err) {
  line.str("code", err.name()).str("syscall", err.syscall);
  if (!err.address.empty()) line.str("address", err.address);
  else line.null("address");
  if (err.port >= 0) line.integer("port", err.port);
  else line.null("port");
  return line.str("class", core::class_name(core::classify(err))).str("message", err.message());
}

void Output::status(const std::string& line) const {
  if (json_ || quiet_) return;
  write_stderr("netjs " + command_ + ": " + line + "\n");
}

void Output::error(const core::Error& err) const { error(err, JsonLine("error")); }

void Output::error(const core::Error& err, JsonLine event) const {
  if (json_) {
    add_error_fields(event, err).print();
    return;
  }
  write_stderr("netjs " + command_ + ": " + describe_error(err) + "\n");
}

void Output::failure(const std::string& code, const char* cls, const std::string& message,
                     const std::string& address, int port) const {
  if (json_) {
    JsonLine line("error");
    line.str("code", code).null("syscall");
    if (!address.empty()) line.str("address", address);
    else line.null("address");
    if (port >= 0) line.integer("port", port);
    else line.null("port");
    line.str("class", cls).str("message", message).print();
    return;
  }
  write_stderr("netjs " + command_ + ": " + message + "\n");
}

int usage_error(const std::string& command, const std::string& message) {
  const std::string help = command.empty() ? "netjs --help" : "netjs help " + command;
  std::cerr << "netjs" << (command.empty() ? "" : " " + command) << ": " << message << " (see '" << help << "')\n";
  return kExitUsage;
}

}  // namespace netjs::commands

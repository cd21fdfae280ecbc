// Options every network subcommand shares: --json, -4/-6, and -q passed down from the global options.
#pragma once

#include "commands/common_options.h"
#include "commands/exit_codes.h"
#include "commands/output.h"

#include <CLI/CLI.hpp>

#include <string>

namespace netjs::app {

// The commands library's vocabulary, as the CLI speaks it.
using commands::CommonOptions;
using commands::usage_error;
using commands::ExitCode;
using commands::kExitOk;
using commands::kExitScriptError;
using commands::kExitUsage;
using commands::kExitRefused;
using commands::kExitTimeout;
using commands::kExitDns;
using commands::kExitNetwork;
using commands::kExitMismatch;
using commands::exit_code_help;

void add_common_options(CLI::App& sub, CommonOptions& opts);

// The usage error in a combination of them, or an empty string.
std::string check_common_options(const CommonOptions& opts);

// --send and --expect of connect and probe, escapes resolved into *send and *expect (an --expect of
// nothing is refused). Returns the usage error, or an empty string.
std::string unescape_send_expect(bool has_send, const std::string& send_text, bool has_expect,
                                 const std::string& expect_text, std::string* send, std::string* expect);

}  // namespace netjs::app

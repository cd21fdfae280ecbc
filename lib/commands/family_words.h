// Dual-stack in plain words: how each address of a name fared, for the human output of probe and
// connect ("IPv6 [::1]: refused (connect ECONNREFUSED); IPv4 127.0.0.1: open"), beside the JSON
// `tried` list that says the same for scripts.
#pragma once

#include "core/connect_any.h"
#include "core/error.h"

#include <string>
#include <vector>

namespace netjs::commands {

// "IPv6 [::1]", "IPv4 127.0.0.1"
std::string family_address(int family, const std::string& address);

// One address's outcome: "open", "refused (connect ECONNREFUSED)", "timeout after 3.00 s",
// "unreachable (connect ENETUNREACH)", "reset (read ECONNRESET)", "error (bind EADDRINUSE)".
// `result` is a class name (core/error_class.h) or "open"/"mismatch"; `waited_ms` is how long a
// timeout waited (< 0: not known, then the words say only "timeout").
std::string outcome_in_words(const std::string& result, const core::Error& err, double waited_ms);

// The class name of a try of ConnectAny: "open" when it connected.
std::string try_result(const core::ConnectTry& t);

// Every address tried, in order: "IPv6 [::1]: refused (connect ECONNREFUSED); IPv4 127.0.0.1: open".
std::string tries_in_words(const std::vector<core::ConnectTry>& tried, double waited_ms);

// The JSON array of the addresses tried, as probe's `tried`: [{"address","family","result",
// "connect_ms","code"}...].
std::string tried_json(const std::vector<core::ConnectTry>& tried);

}  // namespace netjs::commands

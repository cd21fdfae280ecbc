// Failure classes a user acts on differently: the port is closed, nothing answered in time, the name
// does not resolve, the network is unreachable, the peer reset. One table (error_class.cpp) decides
// them for the CLI, which maps them to exit codes and to the "result" of a probe, and for JS (the
// errors binding: serve --script's wrapper); scripts keep the raw codes.
#pragma once

#include "core/error.h"

#include <string>
#include <string_view>

namespace netjs::core {

enum class ErrorClass {
  kNone,         // no error
  kRefused,      // ECONNREFUSED: the host answered, nothing listens
  kTimeout,      // ETIMEDOUT: no answer in time (ours or the kernel's)
  kDns,          // getaddrinfo failed: no such name, no address of the wanted family, resolver down
  kUnreachable,  // no route: ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL, ENETDOWN
  kReset,        // ECONNRESET, ECONNABORTED, EPIPE: the peer tore the connection down
  kOther,        // anything else (EACCES, EMFILE, ...)
};

ErrorClass classify(const Error& err);
// The same for a libuv code and the syscall that failed: what the JS binding reads.
ErrorClass classify(int code, std::string_view syscall);
// Short stable names for output: "open" for kNone, then "refused", "timeout", "dns", "unreachable",
// "reset", "error".
const char* class_name(ErrorClass c);

// The error a deadline of ours produces, shaped like the kernel's ETIMEDOUT for the same syscall.
Error timeout_error(std::string syscall, std::string address = {}, int port = -1);
// EAFNOSUPPORT: no address of the family the caller can use (say, --source is IPv4, the host IPv6).
Error family_error(std::string syscall, std::string address = {}, int port = -1);

}  // namespace netjs::core

// An operating-system error as script authors and log readers see it: the libuv code with its
// name ("ECONNREFUSED"), the syscall that failed, and the peer it concerned.
#pragma once

#include <string>

namespace netjs::core {

struct Error {
  int code = 0;             // negative libuv error code, 0 = no error
  std::string syscall;      // "connect", "listen", "read", "write", "getaddrinfo", ...
  std::string address;      // peer or local address concerned, may be empty
  int port = -1;            // port concerned, -1 = none

  explicit operator bool() const { return code != 0; }
  const char* name() const;          // "ECONNREFUSED"
  std::string description() const;   // "connection refused"
  // Node's message shape: "connect ECONNREFUSED 127.0.0.1:8000".
  std::string message() const;
};

Error make_error(int code, std::string syscall, std::string address = {}, int port = -1);

}  // namespace netjs::core

#include "core/error_class.h"

#include <uv.h>

namespace netjs::core {

namespace {

constexpr int kAnyCode = 1;  // libuv codes are negative; a row with this code matches every error

// The one table that decides a failure's class: the first row whose syscall (nullptr: any) and code
// match wins. Everything it does not name is kOther.
struct ClassRule {
  const char* syscall;
  int code;
  ErrorClass cls;
};

constexpr ClassRule kClassTable[] = {
    // A resolver that timed out is still a DNS failure for the user.
    {"getaddrinfo", UV_ETIMEDOUT, ErrorClass::kDns},
    {nullptr, UV_ECONNREFUSED, ErrorClass::kRefused},
    {nullptr, UV_ETIMEDOUT, ErrorClass::kTimeout},
    {nullptr, UV_ENETUNREACH, ErrorClass::kUnreachable},
    {nullptr, UV_EHOSTUNREACH, ErrorClass::kUnreachable},
    {nullptr, UV_EHOSTDOWN, ErrorClass::kUnreachable},
    {nullptr, UV_ENETDOWN, ErrorClass::kUnreachable},
    {nullptr, UV_EADDRNOTAVAIL, ErrorClass::kUnreachable},
    {nullptr, UV_ECONNRESET, ErrorClass::kReset},
    {nullptr, UV_ECONNABORTED, ErrorClass::kReset},
    {nullptr, UV_EPIPE, ErrorClass::kReset},
    // Every other getaddrinfo failure (EAI_NONAME, EAI_NODATA, EAI_FAIL, ...) is a DNS failure too.
    {"getaddrinfo", kAnyCode, ErrorClass::kDns},
};

}  // namespace

ErrorClass classify(int code, std::string_view syscall) {
  if (code == 0) return ErrorClass::kNone;
  for (const ClassRule& r : kClassTable) {
    if ((r.code == kAnyCode || r.code == code) && (!r.syscall || syscall == r.syscall)) return r.cls;
  }
  return ErrorClass::kOther;
}

ErrorClass classify(const Error& err) { return classify(err.code, err.syscall); }

const char* class_name(ErrorClass c) {
  switch (c) {
    case ErrorClass::kNone: return "open";
    case ErrorClass::kRefused: return "refused";
    case ErrorClass::kTimeout: return "timeout";
    case ErrorClass::kDns: return "dns";
    case ErrorClass::kUnreachable: return "unreachable";
    case ErrorClass::kReset: return "reset";
    case ErrorClass::kOther: break;
  }
  return "error";
}

Error timeout_error(std::string syscall, std::string address, int port) {
  return make_error(UV_ETIMEDOUT, std::move(syscall), std::move(address), port);
}

Error family_error(std::string syscall, std::string address, int port) {
  return make_error(UV_EAFNOSUPPORT, std::move(syscall), std::move(address), port);
}

}  // namespace netjs::core

#include "core/error_class.h"

#include <uv.h>

namespace netjs::core {

ErrorClass classify(const Error& err) {
  switch (err.code) {
    case 0:
      return ErrorClass::kNone;
    case UV_ECONNREFUSED:
      return ErrorClass::kRefused;
    case UV_ETIMEDOUT:
      // A resolver that timed out is still a DNS failure for the user.
      return err.syscall == "getaddrinfo" ? ErrorClass::kDns : ErrorClass::kTimeout;
    case UV_ENETUNREACH:
    case UV_EHOSTUNREACH:
    case UV_EHOSTDOWN:
    case UV_ENETDOWN:
    case UV_EADDRNOTAVAIL:
      return ErrorClass::kUnreachable;
    case UV_ECONNRESET:
    case UV_ECONNABORTED:
    case UV_EPIPE:
      return ErrorClass::kReset;
    default:
      break;
  }
  // Every getaddrinfo failure (EAI_NONAME, EAI_NODATA, EAI_FAIL, ...) is a DNS failure for the user.
  if (err.syscall == "getaddrinfo") return ErrorClass::kDns;
  return ErrorClass::kOther;
}

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

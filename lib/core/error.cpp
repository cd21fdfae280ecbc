#include "core/error.h"

#include <uv.h>

namespace netjs::core {

const char* Error::name() const { return code == 0 ? "OK" : uv_err_name(code); }

std::string Error::description() const { return code == 0 ? "success" : uv_strerror(code); }

std::string Error::message() const {
  std::string msg = syscall.empty() ? std::string(name()) : syscall + " " + name();
  if (!address.empty()) {
    msg += ' ';
    msg += address;
    if (port >= 0) msg += ':' + std::to_string(port);
  }
  return msg;
}

Error make_error(int code, std::string syscall, std::string address, int port) {
  Error e;
  e.code = code;
  e.syscall = std::move(syscall);
  e.address = std::move(address);
  e.port = port;
  return e;
}

}  // namespace netjs::core

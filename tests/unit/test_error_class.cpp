// The error class table (core/error_class.cpp): every code it names, the getaddrinfo rules, and the
// fall-through to "error". The CLI and serve --script's wrapper both read this table.
#include "helpers.h"

#include "core/error_class.h"

using namespace netjs::core;

namespace {

std::string cls(int code, const char* syscall) { return class_name(classify(code, syscall)); }

}  // namespace

TEST_CASE("classify: no error is 'open'") {
  CHECK(classify(Error{}) == ErrorClass::kNone);
  CHECK(cls(0, "connect") == "open");
}

TEST_CASE("classify: each named code, on a socket call") {
  CHECK(cls(UV_ECONNREFUSED, "connect") == "refused");
  CHECK(cls(UV_ETIMEDOUT, "connect") == "timeout");
  CHECK(cls(UV_ETIMEDOUT, "read") == "timeout");
  for (int code : {UV_ENETUNREACH, UV_EHOSTUNREACH, UV_EHOSTDOWN, UV_ENETDOWN, UV_EADDRNOTAVAIL}) {
    CAPTURE(uv_err_name(code));
    CHECK(cls(code, "connect") == "unreachable");
  }
  for (int code : {UV_ECONNRESET, UV_ECONNABORTED, UV_EPIPE}) {
    CAPTURE(uv_err_name(code));
    CHECK(cls(code, "read") == "reset");
  }
}

TEST_CASE("classify: whatever getaddrinfo fails with is 'dns', a timeout too") {
  CHECK(cls(UV_ETIMEDOUT, "getaddrinfo") == "dns");
  for (int code : {UV_EAI_NONAME, UV_EAI_NODATA, UV_EAI_FAIL, UV_EAI_AGAIN, UV_ENOMEM}) {
    CAPTURE(uv_err_name(code));
    CHECK(cls(code, "getaddrinfo") == "dns");
  }
  // The named codes keep their class whichever call failed: the resolver rule is only the fallback.
  CHECK(cls(UV_ECONNREFUSED, "getaddrinfo") == "refused");
}

TEST_CASE("classify: anything else is 'error'") {
  CHECK(classify(make_error(UV_EADDRINUSE, "listen")) == ErrorClass::kOther);
  CHECK(cls(UV_EACCES, "connect") == "error");
  CHECK(cls(UV_EMFILE, "accept") == "error");
  CHECK(cls(UV_EAI_NONAME, "connect") == "error");
  CHECK(cls(UV_ECONNREFUSED, "") == "refused");
}

TEST_CASE("classify: an Error and its code and syscall agree") {
  Error e = make_error(UV_ETIMEDOUT, "getaddrinfo", "example.invalid");
  CHECK(classify(e) == classify(e.code, e.syscall));
  CHECK(classify(timeout_error("connect")) == ErrorClass::kTimeout);
}

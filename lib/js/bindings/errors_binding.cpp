// libuv's error codes for the JS modules: each by name (code('EALREADY'), from libuv's own map, so
// no module carries a bare number), a code's name and message, and its class from the core's
// one table (core/error_class.cpp), so JS and the CLI cannot disagree on what "refused" means.
#include "core/error_class.h"
#include "js/bindings/bindings.h"

#include <uv.h>

#include <cstring>

namespace netjs::js {

namespace {

// The _r forms: for a code libuv does not know ("Unknown system error -9999", which
// util.getSystemErrorName can be asked for) the plain ones return memory that is never freed.
duk_ret_t err_name(duk_context* ctx) {
  char buf[80];
  duk_push_string(ctx, uv_err_name_r(duk_require_int(ctx, 0), buf, sizeof(buf)));
  return 1;
}

duk_ret_t str_error(duk_context* ctx) {
  char buf[160];
  duk_push_string(ctx, uv_strerror_r(duk_require_int(ctx, 0), buf, sizeof(buf)));
  return 1;
}

// code("EALREADY") -> libuv's number for it (UV_EALREADY), from libuv's own map; a name libuv does not
// know is an error. A lookup rather than an object of every code: a module asks for the few it
// names, and opening the binding stays cheap (a property per code cost 130 k instructions at start).
duk_ret_t code_of(duk_context* ctx) {
  const char* name = duk_require_string(ctx, 0);
#define NETJS_MATCH_UV_CODE(id, _) \
  if (std::strcmp(name, #id) == 0) { \
    duk_push_int(ctx, UV_##id);      \
    return 1;                        \
  }
  UV_ERRNO_MAP(NETJS_MATCH_UV_CODE)
#undef NETJS_MATCH_UV_CODE
  return duk_error(ctx, DUK_ERR_RANGE_ERROR, "no libuv error code named %s", name);
}

// classify(errno, syscall) -> "refused", "timeout", "dns", "unreachable", "reset" or "error".
// An errno that is not a number (an error netjs did not make from a libuv code) is "error".
duk_ret_t classify(duk_context* ctx) {
  if (!duk_is_number(ctx, 0) || duk_get_int(ctx, 0) == 0) {
    duk_push_string(ctx, core::class_name(core::ErrorClass::kOther));
    return 1;
  }
  const char* syscall = duk_is_string(ctx, 1) ? duk_get_string(ctx, 1) : "";
  duk_push_string(ctx, core::class_name(core::classify(duk_get_int(ctx, 0), syscall)));
  return 1;
}

}  // namespace

duk_ret_t open_errors_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {{"code", code_of, 1},
                                                   {"errname", err_name, 1},
                                                   {"strerror", str_error, 1},
                                                   {"classify", classify, 2},
                                                   {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  return 1;
}

}  // namespace netjs::js

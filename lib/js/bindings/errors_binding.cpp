// libuv's error codes for the JS modules: each by name (UV_EOF, UV_EALREADY, ... from libuv's own
// map, so no module carries a bare number), a code's name and message, and its class from the core's
// one table (core/error_class.cpp), so JS and the CLI cannot disagree on what "refused" means.
#include "core/error_class.h"
#include "js/bindings/bindings.h"

#include <uv.h>

namespace netjs::js {

namespace {

duk_ret_t err_name(duk_context* ctx) {
  duk_push_string(ctx, uv_err_name(duk_require_int(ctx, 0)));
  return 1;
}

duk_ret_t str_error(duk_context* ctx) {
  duk_push_string(ctx, uv_strerror(duk_require_int(ctx, 0)));
  return 1;
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
  static const duk_function_list_entry kFuncs[] = {
      {"errname", err_name, 1}, {"strerror", str_error, 1}, {"classify", classify, 2}, {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
#define NETJS_PUT_UV_CODE(name, _) \
  duk_push_int(ctx, UV_##name);    \
  duk_put_prop_string(ctx, -2, "UV_" #name);
  UV_ERRNO_MAP(NETJS_PUT_UV_CODE)
#undef NETJS_PUT_UV_CODE
  return 1;
}

}  // namespace netjs::js

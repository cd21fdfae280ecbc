// Small pieces several bindings share: returning a result code, pushing an endpoint or a list of
// numbers, and starting the call of a one-shot callback pinned while its operation ran.
#pragma once

#include "core/address.h"
#include "js/runtime.h"

#include <duktape.h>

#include <cstddef>
#include <cstdint>

namespace netjs::js {

// A binding's int result (0, a count or a negative libuv code) as its return value.
inline duk_ret_t push_result(duk_context* ctx, int rc) {
  duk_push_int(ctx, rc);
  return 1;
}

// {address, family: 'IPv4' or 'IPv6', port}, the shape of Node's address() and rinfo.
inline void push_endpoint_object(duk_context* ctx, const core::Endpoint& ep) {
  duk_push_object(ctx);
  duk_push_lstring(ctx, ep.address.data(), ep.address.size());
  duk_put_prop_literal(ctx, -2, "address");
  duk_push_string(ctx, ep.family == 6 ? "IPv6" : "IPv4");
  duk_put_prop_literal(ctx, -2, "family");
  duk_push_int(ctx, ep.port);
  duk_put_prop_literal(ctx, -2, "port");
}

inline void push_numbers(duk_context* ctx, const double* values, std::size_t n) {
  duk_push_array(ctx);
  for (std::size_t i = 0; i < n; ++i) {
    duk_push_number(ctx, values[i]);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
}

// The operation behind the callback pinned at `slot` has ended: unpins it and, while JS may still be
// called, pushes [callback, this = undefined] for the arguments and Runtime::call(); false if not.
inline bool push_pinned_callback(Runtime& rt, uint32_t slot) {
  if (!rt.can_call()) {
    rt.unpin(slot);
    return false;
  }
  rt.push_pinned(slot);
  rt.unpin(slot);
  duk_push_undefined(rt.ctx());
  return true;
}

}  // namespace netjs::js

// Small pieces several bindings share: returning a result code, pushing an endpoint.
#pragma once

#include "core/address.h"

#include <duktape.h>

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

}  // namespace netjs::js

// Name resolution for the dns and net modules, on the core's getaddrinfo.
#include "core/dns.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"
#include "js/runtime.h"

namespace netjs::js {

namespace {

// lookup(host, family, addrconfig, callback(status, addresses)) -> 0 or a libuv error code.
// addresses: [{address, family}] in resolver order.
duk_ret_t lookup(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  std::string host = duk_require_string(ctx, 0);
  core::LookupOptions opts;
  opts.family = duk_get_int_default(ctx, 1, 0);
  opts.addrconfig = duk_to_boolean(ctx, 2);
  duk_require_function(ctx, 3);
  uint32_t slot = rt.pin(3);  // the callback lives until the lookup ends
  int rc = 0;
  core::Lookup::start(
      rt.loop(), host, opts,
      [&rt, slot](const core::Error& err, const std::vector<core::Endpoint>& addresses) {
        if (!push_pinned_callback(rt, slot)) return;
        duk_context* c = rt.ctx();
        duk_push_int(c, err.code);
        duk_push_array(c);
        for (std::size_t i = 0; i < addresses.size(); ++i) {
          duk_push_object(c);
          duk_push_lstring(c, addresses[i].address.data(), addresses[i].address.size());
          duk_put_prop_string(c, -2, "address");
          duk_push_int(c, addresses[i].family);
          duk_put_prop_string(c, -2, "family");
          duk_put_prop_index(c, -2, static_cast<duk_uarridx_t>(i));
        }
        rt.call(2);
      },
      &rc);
  if (rc != 0) rt.unpin(slot);
  duk_push_int(ctx, rc);
  return 1;
}

}  // namespace

duk_ret_t open_dns_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {{"lookup", lookup, 4}, {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  return 1;
}

}  // namespace netjs::js

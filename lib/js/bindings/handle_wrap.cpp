#include "js/bindings/handle_wrap.h"

namespace netjs::js {

namespace {

constexpr const char kPointerKey[] = DUK_HIDDEN_SYMBOL("wrap");

duk_ret_t handle_ref(duk_context* ctx) {
  if (core::Resource* r = HandleWrap::unwrap_this<HandleWrap>(ctx)->resource()) r->ref();
  return 0;
}

duk_ret_t handle_unref(duk_context* ctx) {
  if (core::Resource* r = HandleWrap::unwrap_this<HandleWrap>(ctx)->resource()) r->unref();
  return 0;
}

duk_ret_t handle_has_ref(duk_context* ctx) {
  core::Resource* r = HandleWrap::unwrap_this<HandleWrap>(ctx)->resource();
  duk_push_boolean(ctx, r && r->has_ref());
  return 1;
}

}  // namespace

void HandleWrap::put_ref_methods(duk_context* ctx, duk_idx_t idx) {
  static const duk_function_list_entry kMethods[] = {
      {"ref", handle_ref, 0}, {"unref", handle_unref, 0}, {"hasRef", handle_has_ref, 0}, {nullptr, nullptr, 0}};
  duk_put_function_list(ctx, idx, kMethods);
}

HandleWrap::HandleWrap(Runtime& rt, duk_idx_t idx) : rt_(rt) {
  duk_context* ctx = rt.ctx();
  idx = duk_normalize_index(ctx, idx);
  object_ = duk_get_heapptr(ctx, idx);
  duk_push_pointer(ctx, this);
  duk_put_prop_literal(ctx, idx, kPointerKey);
  duk_push_c_function(ctx, &HandleWrap::finalize, 2);
  duk_set_finalizer(ctx, idx);
  pin_ = rt.pin(idx);
}

void* HandleWrap::get_pointer(duk_context* ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return nullptr;
  duk_get_prop_literal(ctx, idx, kPointerKey);
  void* p = duk_get_pointer(ctx, -1);
  duk_pop(ctx);
  return p;
}

void HandleWrap::resource_closed_now() {
  resource_closed_ = true;
  uint32_t pin = pin_;
  pin_ = 0;
  if (finalized_) {
    rt_.unpin(pin);
    delete this;
    return;
  }
  // Dropping the pin can run the finalizer right here (reference counting), which then deletes this
  // wrap: nothing may touch `this` after the call.
  rt_.unpin(pin);
}

bool HandleWrap::push_method(const char* name) {
  if (!rt_.can_call()) return false;
  duk_context* ctx = rt_.ctx();
  push_object();
  duk_get_prop_string(ctx, -1, name);
  if (!duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    return false;
  }
  duk_swap_top(ctx, -2);  // [method this]
  return true;
}

duk_ret_t HandleWrap::finalize(duk_context* ctx) {
  // Finalizers may run more than once in Duktape (an object can be rescued); clear the pointer so the
  // second run finds nothing.
  auto* wrap = static_cast<HandleWrap*>(get_pointer(ctx, 0));
  if (!wrap) return 0;
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_literal(ctx, 0, kPointerKey);
  wrap->finalized_ = true;
  if (wrap->resource_closed_) {
    delete wrap;
  } else {
    wrap->close_resource();  // its close callback deletes the wrap
  }
  return 0;
}

}  // namespace netjs::js

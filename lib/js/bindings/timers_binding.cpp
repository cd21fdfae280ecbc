// Timers for the timers module: one core::Timer per JS timer handle, plus the one Immediate hook
// that drives setImmediate. JS keeps the policy (lists, repeat, ref counting); this is plumbing.
#include "core/timer.h"
#include "js/bindings/bindings.h"
#include "js/bindings/handle_wrap.h"
#include "js/bindings/number_edge.h"
#include "js/stack_guard.h"

namespace netjs::js {

namespace {

// Heap pointers of the JS callbacks registered with setup(); pinned by the runtime.
struct TimerCallbacks : BindingState {
  void* on_timeout = nullptr;
  void* on_immediate = nullptr;
  core::Immediate* immediate = nullptr;
};

TimerCallbacks& callbacks(duk_context* ctx) { return Runtime::from(ctx).state<TimerCallbacks>(); }

class TimerWrap final : public HandleWrap {
 public:
  static constexpr const char* kTypeName = "Timer";

  TimerWrap(Runtime& rt, duk_idx_t idx) : HandleWrap(rt, idx), callbacks_(&rt.state<TimerCallbacks>()) {
    timer_ = core::Timer::create(
        rt.loop(), [this](core::Timer&) { fire(); },
        [this](core::Timer&) {
          timer_ = nullptr;
          resource_closed_now();
        });
  }

  core::Timer* timer() { return timer_; }
  core::Resource* resource() const override { return timer_; }

 private:
  void fire() {
    Runtime& rt = runtime();
    if (!rt.can_call()) return;
    duk_context* ctx = rt.ctx();
    duk_push_heapptr(ctx, callbacks_->on_timeout);
    push_object();
    rt.call(0);
  }
  void close_resource() override {
    if (timer_) timer_->close();
  }

  TimerCallbacks* callbacks_;
  core::Timer* timer_ = nullptr;
};

duk_ret_t timer_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "Timer must be called with new");
  duk_push_this(ctx);
  new TimerWrap(Runtime::from(ctx), -1);
  return 0;
}

// start(timeoutMs, repeatMs)
duk_ret_t timer_start(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<TimerWrap>(ctx);
  const uint64_t timeout = clamp_to_u64(duk_require_number(ctx, 0), kTimeoutMaxMs);
  const uint64_t repeat = clamp_to_u64(duk_get_number_default(ctx, 1, 0), kTimeoutMaxMs);
  if (!w->timer()) return duk_error(ctx, DUK_ERR_ERROR, "timer is closed");
  duk_push_int(ctx, w->timer()->start(timeout, repeat));
  return 1;
}

duk_ret_t timer_stop(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<TimerWrap>(ctx);
  if (w->timer()) w->timer()->stop();
  return 0;
}

duk_ret_t timer_close(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<TimerWrap>(ctx);
  if (w->timer()) w->timer()->close();
  return 0;
}

duk_ret_t timer_set_label(duk_context* ctx) {
  auto* w = HandleWrap::unwrap_this<TimerWrap>(ctx);
  if (w->timer()) w->timer()->set_label(duk_to_string(ctx, 0));
  return 0;
}

// setup(onTimeout, onImmediate): onTimeout is called with `this` = the Timer handle.
duk_ret_t setup(duk_context* ctx) {
  duk_require_function(ctx, 0);
  duk_require_function(ctx, 1);
  Runtime& rt = Runtime::from(ctx);
  TimerCallbacks& cb = callbacks(ctx);
  rt.pin(0);
  rt.pin(1);
  cb.on_timeout = duk_get_heapptr(ctx, 0);
  cb.on_immediate = duk_get_heapptr(ctx, 1);
  cb.immediate = core::Immediate::create(rt.loop(), [&rt, &cb](core::Immediate&) {
    if (!rt.can_call()) return;
    duk_context* c = rt.ctx();
    duk_push_heapptr(c, cb.on_immediate);
    duk_push_undefined(c);
    rt.call(0);
  });
  return 0;
}

// toggleImmediate(armed, ref): the JS queue tells whether it has work and whether any of it is ref'd.
duk_ret_t toggle_immediate(duk_context* ctx) {
  core::Immediate* im = callbacks(ctx).immediate;
  if (!im || im->closing()) return 0;
  if (duk_to_boolean(ctx, 1)) im->ref();
  else im->unref();
  if (duk_to_boolean(ctx, 0)) im->arm();
  else im->disarm();
  return 0;
}

duk_ret_t now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Runtime::from(ctx).loop().now()));
  return 1;
}

}  // namespace

duk_ret_t open_timers_binding(duk_context* ctx) {
  static const duk_function_list_entry kMethods[] = {
      {"start", timer_start, 2}, {"stop", timer_stop, 0}, {"close", timer_close, 0},
      {"setLabel", timer_set_label, 1}, {nullptr, nullptr, 0}};
  static const duk_function_list_entry kFuncs[] = {
      {"setup", setup, 2}, {"toggleImmediate", toggle_immediate, 2}, {"now", now, 0}, {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  duk_push_c_function(ctx, timer_construct, 0);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kMethods);
  HandleWrap::put_ref_methods(ctx, -1);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, "Timer");
  return 1;
}

}  // namespace netjs::js

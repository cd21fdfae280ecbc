// The native half of a JS handle object (a timer, a socket, a server). Rules, after libuv and txiki.js:
// - while the core resource may call back, the JS object is pinned, so the GC cannot take it;
// - the native half is freed only when both the core resource has closed and the JS object has been
//   finalized, whichever comes last;
// - a JS object collected while its resource is still open (never started) closes the resource.
#pragma once

#include "core/loop.h"
#include "js/runtime.h"

#include <duktape.h>

namespace netjs::js {

class HandleWrap {
 public:
  static constexpr const char* kTypeName = "native";

  HandleWrap(const HandleWrap&) = delete;
  HandleWrap& operator=(const HandleWrap&) = delete;

  // The wrap behind `this` of the current native method, or a TypeError if it is not one of `T`.
  template <class T>
  static T* unwrap_this(duk_context* ctx) {
    duk_push_this(ctx);
    auto* wrap = static_cast<HandleWrap*>(get_pointer(ctx, -1));
    duk_pop(ctx);
    auto* typed = dynamic_cast<T*>(wrap);
    if (!typed) (void)duk_type_error(ctx, "illegal invocation: not a %s handle", T::kTypeName);
    return typed;
  }

  // The wrap of the JS object at `idx`, or nullptr if it is none (for a binding taking another's handle).
  static HandleWrap* wrap_at(duk_context* ctx, duk_idx_t idx) { return static_cast<HandleWrap*>(get_pointer(ctx, idx)); }

  Runtime& runtime() const { return rt_; }
  // Pushes the JS object. Only valid while pinned (i.e. while the resource is open).
  void push_object() { duk_push_heapptr(rt_.ctx(), object_); }
  bool resource_closed() const { return resource_closed_; }
  // The core resource behind the handle; nullptr once it has closed.
  virtual core::Resource* resource() const = 0;

  // Puts ref(), unref() and hasRef() on the prototype at `idx`: the same for every handle, over its
  // core resource (and harmless once it has closed).
  static void put_ref_methods(duk_context* ctx, duk_idx_t idx);

 protected:
  // Binds to the JS object at `idx`: stores the back pointer, installs the finalizer, pins it.
  HandleWrap(Runtime& rt, duk_idx_t idx);
  virtual ~HandleWrap() = default;

  // Called from the finalizer when the resource is still open.
  virtual void close_resource() = 0;
  // The subclass calls this from its resource's close callback (after any last JS call).
  void resource_closed_now();
  // For calling this.<name>(...) from a core callback: pushes [method, this] for the arguments and
  // Runtime::call() and returns true; pushes nothing and returns false when JS may no longer run or
  // the object has no such method.
  bool push_method(const char* name);

 private:
  static void* get_pointer(duk_context* ctx, duk_idx_t idx);
  static duk_ret_t finalize(duk_context* ctx);

  Runtime& rt_;
  void* object_;
  uint32_t pin_ = 0;
  bool resource_closed_ = false;
  bool finalized_ = false;
};

}  // namespace netjs::js

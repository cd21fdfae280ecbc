// Checks that a scope leaves the Duktape value stack as it found it (plus `delta`). A mismatch is a
// binding bug; it is logged loudly in debug builds rather than silently corrupting later calls.
#pragma once

#include <duktape.h>

#include <cassert>

namespace netjs::js {

class StackGuard {
 public:
  explicit StackGuard(duk_context* ctx, duk_idx_t delta = 0) : ctx_(ctx), expected_(duk_get_top(ctx) + delta) {}
  ~StackGuard() { assert(duk_get_top(ctx_) == expected_ && "Duktape value stack unbalanced"); }
  StackGuard(const StackGuard&) = delete;
  StackGuard& operator=(const StackGuard&) = delete;

 private:
  duk_context* ctx_;
  duk_idx_t expected_;
};

}  // namespace netjs::js

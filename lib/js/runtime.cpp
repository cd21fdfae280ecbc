#include "js/runtime.h"

#include "js/builtin_modules.h"
#include "js/error_report.h"
#include "js/stack_guard.h"
#include "log/log.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <string>

namespace netjs::js {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// A heap left to the exiting process (Runtime::leave_heap_to_exit), still reachable from here so
// memory checkers do not count it as lost.
duk_context* volatile heap_left_to_exit = nullptr;

// Pushes the bootstrap's wrapper function (under duk_safe_call: a compile error is an error value).
duk_ret_t push_bootstrap(duk_context* ctx, void*) {
  if (!push_builtin_function(ctx, "internal/bootstrap")) {
    return duk_error(ctx, DUK_ERR_ERROR, "internal/bootstrap module missing from the binary");
  }
  return 1;
}

// process._binding(name): the native binding objects, opened once and cached in the stash.
duk_ret_t get_binding(duk_context* ctx) {
  const char* name = duk_require_string(ctx, 0);
  duk_push_global_stash(ctx);
  duk_get_prop_string(ctx, -1, "bindings");
  if (duk_get_prop_string(ctx, -1, name)) return 1;
  duk_pop(ctx);
  for (const BindingEntry* b = Runtime::from(ctx).bindings(); b->name; ++b) {
    if (std::strcmp(b->name, name) == 0) {
      duk_push_c_function(ctx, b->open, 0);
      duk_call(ctx, 0);
      duk_dup_top(ctx);
      duk_put_prop_string(ctx, -3, name);
      return 1;
    }
  }
  return duk_error(ctx, DUK_ERR_ERROR, "No such binding: %s", name);
}

}  // namespace

// --- heap memory: plain malloc with a byte count, no fixed limit --------------------------------------
void* Runtime::alloc(void* udata, duk_size_t size) {
  void* p = std::malloc(size);
  if (p) static_cast<Runtime*>(udata)->heap_bytes_ += malloc_usable_size(p);
  return p;
}

void* Runtime::realloc(void* udata, void* ptr, duk_size_t size) {
  auto* self = static_cast<Runtime*>(udata);
  std::size_t old = ptr ? malloc_usable_size(ptr) : 0;
  void* p = std::realloc(ptr, size);
  if (p || size == 0) {
    self->heap_bytes_ -= old;
    if (p) self->heap_bytes_ += malloc_usable_size(p);
  }
  return p;
}

void Runtime::free(void* udata, void* ptr) {
  if (!ptr) return;
  static_cast<Runtime*>(udata)->heap_bytes_ -= malloc_usable_size(ptr);
  std::free(ptr);
}

void Runtime::fatal(void*, const char* msg) {
  // Duktape calls this only for errors outside any protected call: a netjs bug.
  write_stderr(std::string("netjs: fatal JavaScript engine error: ") + (msg ? msg : "unknown") + "\n");
  std::abort();
}

Runtime::Runtime(core::Loop& loop, const BindingEntry* bindings) : loop_(loop), bindings_(bindings) {
  ctx_ = duk_create_heap(&Runtime::alloc, &Runtime::realloc, &Runtime::free, this, &Runtime::fatal);
  if (!ctx_) throw std::runtime_error("cannot create the JavaScript heap");
  StackGuard guard(ctx_);
  duk_push_global_stash(ctx_);
  duk_push_bare_object(ctx_);
  duk_put_prop_string(ctx_, -2, "bindings");
  duk_push_array(ctx_);
  pins_ = duk_get_heapptr(ctx_, -1);
  duk_put_prop_string(ctx_, -2, "pins");
  duk_pop(ctx_);
  duk_get_global_string(ctx_, "Duktape");
  duk_push_c_function(ctx_, errthrow_hook, 1);
  duk_put_prop_string(ctx_, -2, "errThrow");
  duk_pop(ctx_);
}

Runtime::~Runtime() {
  // Close every handle while the heap is still alive (bindings unpin in their close callbacks),
  // then let the heap run its finalizers, which free the native halves of JS objects.
  shutting_down_ = true;
  loop_.close_all();
  if (leave_heap_ && !kSanitized) {
    heap_left_to_exit = ctx_;
    return;
  }
  duk_destroy_heap(ctx_);
}

Runtime& Runtime::from(duk_context* ctx) {
  duk_memory_functions funcs;
  duk_get_memory_functions(ctx, &funcs);
  return *static_cast<Runtime*>(funcs.udata);
}

void Runtime::set_argv(std::vector<std::string> argv, std::string exec_path) {
  argv_ = std::move(argv);
  exec_path_ = std::move(exec_path);
}

uint32_t Runtime::pin(duk_idx_t idx) {
  idx = duk_normalize_index(ctx_, idx);
  uint32_t slot;
  if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = next_slot_++;
  }
  duk_push_heapptr(ctx_, pins_);
  duk_dup(ctx_, idx);
  duk_put_prop_index(ctx_, -2, slot);
  duk_pop(ctx_);
  return slot;
}

void Runtime::unpin(uint32_t slot) {
  if (slot == 0) return;
  duk_push_heapptr(ctx_, pins_);
  duk_push_undefined(ctx_);
  duk_put_prop_index(ctx_, -2, slot);
  duk_pop(ctx_);
  free_slots_.push_back(slot);
}

void Runtime::push_pinned(uint32_t slot) {
  duk_push_heapptr(ctx_, pins_);
  duk_get_prop_index(ctx_, -1, slot);
  duk_remove(ctx_, -2);
}

void Runtime::set_hooks(duk_idx_t tick, duk_idx_t fatal, duk_idx_t emit_exit, duk_idx_t before_exit,
                        duk_idx_t inspect) {
  // Pinned for the heap's lifetime, so the heap pointers stay valid.
  pin(tick);
  pin(fatal);
  pin(emit_exit);
  pin(before_exit);
  pin(inspect);
  inspect_fn_ = duk_get_heapptr(ctx_, inspect);
  tick_fn_ = duk_get_heapptr(ctx_, tick);
  fatal_fn_ = duk_get_heapptr(ctx_, fatal);
  emit_exit_fn_ = duk_get_heapptr(ctx_, emit_exit);
  before_exit_fn_ = duk_get_heapptr(ctx_, before_exit);
}

bool Runtime::call(duk_idx_t nargs) {
  if (!can_call()) {
    duk_pop_n(ctx_, nargs + 2);
    return false;
  }
  ++call_depth_;
  bool ok = duk_pcall_method(ctx_, nargs) == DUK_EXEC_SUCCESS;
  if (ok) duk_pop(ctx_);
  else handle_uncaught();
  if (call_depth_ == 1) {
    drain_ticks();
    collect_cycles_if_grown();
  }
  --call_depth_;
  return ok;
}

void Runtime::collect_cycles_if_grown() {
  // Reference counting frees most garbage at once, but not cycles: every closed socket whose
  // listeners close over the socket is one, and so is every function with its .prototype. Duktape's
  // own mark-and-sweep waits for ~50x the heap's object count in allocations, so a server under
  // connection churn kept megabytes of dead sockets. Collect once the heap has grown by half its
  // size since the last collection (at least kMinGcGrowth): a few collections per thousand
  // connections, each costing time proportional to the live heap.
  if (heap_bytes_ < gc_at_) return;
  duk_gc(ctx_, 0);
  gc_at_ = heap_bytes_ + std::max(heap_bytes_ / 2, kMinGcGrowth);
}

bool Runtime::call_hook(void* fn, duk_idx_t nargs) {
  // [args] -> [fn undefined args] -> protected call.
  duk_push_heapptr(ctx_, fn);
  duk_insert(ctx_, -nargs - 1);
  duk_push_undefined(ctx_);
  duk_insert(ctx_, -nargs - 1);
  return duk_pcall_method(ctx_, nargs) == DUK_EXEC_SUCCESS;  // result or error left on the stack
}

void Runtime::drain_ticks() {
  while (tick_pending_ && *tick_pending_ && can_call()) {
    if (call_hook(tick_fn_, 0)) duk_pop(ctx_);
    else handle_uncaught();
  }
}

void Runtime::handle_uncaught() {
  if (exiting_) {  // the "error" is process.exit() unwinding the stack
    duk_pop(ctx_);
    return;
  }
  if (fatal_fn_ && !in_fatal_) {
    // process._fatalException(err) emits 'uncaughtException' and tells whether someone handled it.
    in_fatal_ = true;
    duk_dup_top(ctx_);
    bool ok = call_hook(fatal_fn_, 1);
    in_fatal_ = false;
    if (exiting_) {
      duk_pop_2(ctx_);
      return;
    }
    if (ok && duk_to_boolean(ctx_, -1)) {
      duk_pop_2(ctx_);
      return;
    }
    if (!ok) {
      // The handler itself threw: report that error instead (Node exits 7 here; we keep 1 + message).
      duk_remove(ctx_, -2);
    } else {
      duk_pop(ctx_);
    }
  }
  print_error(-1);
  duk_pop(ctx_);
  // 'exit' listeners still run, with code 1, as in Node; an error inside them must not come back here.
  in_fatal_ = true;
  emit_exit(kScriptUncaught);
  if (!exiting_) exit_code_ = kScriptUncaught;  // unless a listener called process.exit(n)
  exiting_ = true;
  loop_.stop();
}

void Runtime::print_error(duk_idx_t idx) {
  duk_dup(ctx_, idx);
  if (duk_safe_call(ctx_, describe_error, inspect_fn_, 1, 1) == DUK_EXEC_SUCCESS) {
    write_stderr(duk_get_string(ctx_, -1));
  } else {
    write_stderr("Uncaught error (cannot be described)\n");
  }
  duk_pop(ctx_);
}

void Runtime::request_exit(int code) {
  exit_code_ = code;
  exiting_ = true;
  loop_.stop();
}

bool Runtime::emit_exit(int code) {
  if (!emit_exit_fn_) return true;
  duk_push_int(ctx_, code);
  if (call_hook(emit_exit_fn_, 1)) {
    // The hook returns the final code (exit listeners may set process.exitCode).
    if (duk_is_number(ctx_, -1) && !exiting_) exit_code_ = duk_get_int(ctx_, -1);
    duk_pop(ctx_);
    return true;
  }
  if (exiting_) {  // process.exit() called inside an 'exit' listener
    duk_pop(ctx_);
    return true;
  }
  print_error(-1);
  duk_pop(ctx_);
  exit_code_ = kScriptUncaught;
  return false;
}

bool Runtime::emit_before_exit() {
  if (!before_exit_fn_) return true;
  duk_push_int(ctx_, exit_code_);
  ++call_depth_;
  bool ok = call_hook(before_exit_fn_, 1);
  if (ok) duk_pop(ctx_);
  else handle_uncaught();
  drain_ticks();
  --call_depth_;
  return ok;
}

void Runtime::bootstrap() {
  StackGuard guard(ctx_);
  if (duk_safe_call(ctx_, push_bootstrap, nullptr, 0, 1) != DUK_EXEC_SUCCESS) {
    print_error(-1);
    duk_pop(ctx_);
    throw std::runtime_error("bootstrap failed to compile");
  }
  duk_push_undefined(ctx_);
  duk_push_c_function(ctx_, get_binding, 1);
  duk_push_global_object(ctx_);
  if (duk_pcall_method(ctx_, 2) != 0) {
    print_error(-1);
    duk_pop(ctx_);
    throw std::runtime_error("bootstrap failed");
  }
  // The bootstrap returns the function that runs the main script: runMain(kind, value, config).
  duk_push_global_stash(ctx_);
  duk_swap_top(ctx_, -2);
  duk_put_prop_string(ctx_, -2, "runMain");
  duk_pop(ctx_);
}

int Runtime::run(const ScriptOptions& opts) {
  const bool from_file = !opts.is_eval && opts.builtin_main.empty();
  if (from_file && ::access(opts.file.c_str(), R_OK) != 0) {
    write_stderr("netjs: cannot open script '" + opts.file + "': " + std::strerror(errno) + "\n");
    return kScriptNotFound;
  }
  std::vector<std::string> argv{opts.exec_path.empty() ? "netjs" : opts.exec_path};
  if (from_file) argv.push_back(opts.file);
  argv.insert(argv.end(), opts.args.begin(), opts.args.end());
  set_argv(std::move(argv), opts.exec_path);

  try {
    bootstrap();
  } catch (const std::exception& e) {
    write_stderr(std::string("netjs: ") + e.what() + "\n");
    return kScriptUncaught;
  }

  gc_at_ = heap_bytes_ + std::max(heap_bytes_ / 2, kMinGcGrowth);
  // Start the clock now: bootstrapping took time, and timers set by the main script count from here.
  uv_update_time(loop_.raw());
  duk_push_global_stash(ctx_);
  duk_get_prop_string(ctx_, -1, "runMain");
  duk_remove(ctx_, -2);
  duk_push_undefined(ctx_);
  const std::string& main = from_file ? opts.file : opts.is_eval ? opts.eval : opts.builtin_main;
  duk_push_string(ctx_, from_file ? "file" : opts.is_eval ? "eval" : "builtin");
  duk_push_lstring(ctx_, main.data(), main.size());
  duk_push_lstring(ctx_, opts.builtin_config.data(), opts.builtin_config.size());
  call(3);

  while (!exiting_) {
    loop_.run();
    if (exiting_) break;
    // The loop drained: 'beforeExit' may schedule more work, as in Node.
    emit_before_exit();
    if (exiting_ || !uv_loop_alive(loop_.raw())) break;
  }
  if (!exiting_) {
    emit_exit(exit_code_);
    exiting_ = true;
  }
  shutting_down_ = true;
  loop_.close_all();
  return exit_code_;
}

}  // namespace netjs::js

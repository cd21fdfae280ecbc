// One Duktape heap bound to one event loop: the protected call path every C++ -> JS call takes,
// routing of uncaught errors, the nextTick drain, pinning of objects libuv still refers to, and the
// process lifecycle (run, beforeExit, exit, close everything).
#pragma once

#include "core/loop.h"
#include "js/script_options.h"

#include <duktape.h>

#include <cstdint>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace netjs::js {

// A native binding, reachable from the embedded JS modules as process._binding(name): `open` pushes
// one object (the binding's exports) and returns 1. Tables end with {nullptr, nullptr}.
struct BindingEntry {
  const char* name;
  duk_c_function open;
};

// Per-runtime state a binding keeps (registered JS callbacks, shared handles).
struct BindingState {
  virtual ~BindingState() = default;
};

class Runtime {
 public:
  // `bindings`: what process._binding() offers (the caller's table, so the runtime does not depend on
  // the bindings built on it).
  Runtime(core::Loop& loop, const BindingEntry* bindings);
  ~Runtime();
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  static Runtime& from(duk_context* ctx);

  duk_context* ctx() { return ctx_; }
  core::Loop& loop() { return loop_; }
  const BindingEntry* bindings() const { return bindings_; }

  // Runs a script to completion and returns the exit code.
  int run(const ScriptOptions& opts);

  // --- calling into JS ------------------------------------------------------------------------------
  // False once the process is exiting or shutting down: bindings then drop events instead of calling.
  bool can_call() const { return !exiting_ && !shutting_down_; }
  // The one protected call path. Expects [fn this arg1..argN] on the stack and pops all of it. An error
  // goes to the uncaught-exception route; afterwards the nextTick queue is drained (at the outermost
  // call only). Returns false when the call threw.
  bool call(duk_idx_t nargs);

  // --- keeping objects alive while libuv refers to them ---------------------------------------------
  // Pins the object at `idx` (the GC will not collect it) and returns a slot number > 0.
  uint32_t pin(duk_idx_t idx);
  void unpin(uint32_t slot);
  // Pushes the pinned object (or undefined for a free slot).
  void push_pinned(uint32_t slot);

  // --- process lifecycle ----------------------------------------------------------------------------
  // process.exit(): stop running JS, leave the loop, exit with `code` ('exit' listeners already ran).
  void request_exit(int code);
  bool exiting() const { return exiting_; }
  // Called by the process binding when the JS side registers its lifecycle functions.
  void set_hooks(duk_idx_t tick, duk_idx_t fatal, duk_idx_t emit_exit, duk_idx_t before_exit, duk_idx_t inspect);
  void set_tick_flag(const uint8_t* flag) { tick_pending_ = flag; }
  // Bytes the JS heap holds now (our allocator counts them).
  std::size_t heap_bytes() const { return heap_bytes_; }
  void set_argv(std::vector<std::string> argv, std::string exec_path);
  const std::vector<std::string>& argv() const { return argv_; }
  const std::string& exec_path() const { return exec_path_; }

  // The binding state of type T for this runtime, created on first use.
  template <class T>
  T& state() {
    auto& slot = states_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_unique<T>();
    return static_cast<T&>(*slot);
  }

  // The destructor closes every handle but leaves the heap's memory to the exiting process.
  void leave_heap_to_exit() { leave_heap_ = true; }

  // Prints an error value (stack, or file:line for syntax errors) to stderr as an uncaught error.
  void print_error(duk_idx_t idx);

 private:
  static void* alloc(void* udata, duk_size_t size);
  static void* realloc(void* udata, void* ptr, duk_size_t size);
  static void free(void* udata, void* ptr);
  static void fatal(void* udata, const char* msg);

  void bootstrap();
  void handle_uncaught();      // error value on top of the stack; pops it
  void drain_ticks();
  void collect_cycles_if_grown();  // after a callback from the loop: mark-and-sweep when due
  bool emit_exit(int code);    // runs 'exit' listeners; false if one threw
  bool emit_before_exit();
  bool call_hook(void* fn, duk_idx_t nargs);  // [args] on stack -> protected call, pops args

  core::Loop& loop_;
  const BindingEntry* bindings_;
  duk_context* ctx_ = nullptr;
  std::size_t heap_bytes_ = 0;
  static constexpr std::size_t kMinGcGrowth = 1 << 20;
  std::size_t gc_at_ = SIZE_MAX;    // heap size that triggers the next collection (set after bootstrap)
  void* pins_ = nullptr;            // heapptr of the stash array holding pinned objects
  std::vector<uint32_t> free_slots_;
  uint32_t next_slot_ = 1;
  void* tick_fn_ = nullptr;
  void* fatal_fn_ = nullptr;
  void* emit_exit_fn_ = nullptr;
  void* before_exit_fn_ = nullptr;
  void* inspect_fn_ = nullptr;
  const uint8_t* tick_pending_ = nullptr;
  int call_depth_ = 0;
  int exit_code_ = 0;
  bool exiting_ = false;
  bool shutting_down_ = false;
  bool in_fatal_ = false;
  bool leave_heap_ = false;
  std::unordered_map<std::type_index, std::unique_ptr<BindingState>> states_;
  std::vector<std::string> argv_;
  std::string exec_path_;
};

}  // namespace netjs::js

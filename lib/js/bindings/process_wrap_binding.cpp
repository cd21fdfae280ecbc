// The child_process module's native half: a Process handle over core::Subprocess, whose piped stdio
// are the net binding's Pipe handles (net.Sockets in JS, as in Node), and spawnSync over a private loop.
#include "core/signal.h"
#include "core/subprocess.h"
#include "js/bindings/bindings.h"
#include "js/bindings/handle_wrap.h"
#include "js/bindings/net_handles.h"

#include <cstring>
#include <string>
#include <vector>

namespace netjs::js {

namespace {

void push_signal(duk_context* ctx, int signum) {
  if (signum == 0) {
    duk_push_null(ctx);
    return;
  }
  std::string name = core::signal_name(signum);
  if (name.empty()) duk_push_int(ctx, signum);
  else duk_push_string(ctx, name.c_str());
}

std::vector<std::string> string_array(duk_context* ctx, duk_idx_t obj, const char* key) {
  std::vector<std::string> out;
  duk_get_prop_string(ctx, obj, key);
  if (duk_is_array(ctx, -1)) {
    const duk_size_t n = duk_get_length(ctx, -1);
    for (duk_size_t i = 0; i < n; ++i) {
      duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(i));
      duk_size_t len = 0;
      const char* s = duk_to_lstring(ctx, -1, &len);
      out.emplace_back(s, len);
      duk_pop(ctx);
    }
  }
  duk_pop(ctx);
  return out;
}

// {file, args, cwd, envPairs, detached, stdio: [{type: 'pipe', handle} | {type: 'fd', fd} | {type: 'ignore'}]}
// Pipe handles are looked up only when `with_pipes` (spawnSync makes its own).
core::SpawnOptions spawn_options(duk_context* ctx, duk_idx_t obj, bool with_pipes) {
  obj = duk_normalize_index(ctx, obj);
  core::SpawnOptions o;
  duk_get_prop_string(ctx, obj, "file");
  o.file = duk_require_string(ctx, -1);
  duk_pop(ctx);
  o.args = string_array(ctx, obj, "args");
  duk_get_prop_string(ctx, obj, "cwd");
  if (duk_is_string(ctx, -1)) o.cwd = duk_get_string(ctx, -1);
  duk_pop(ctx);
  duk_get_prop_string(ctx, obj, "envPairs");
  o.inherit_env = !duk_is_array(ctx, -1);
  duk_pop(ctx);
  if (!o.inherit_env) o.env = string_array(ctx, obj, "envPairs");
  duk_get_prop_string(ctx, obj, "detached");
  o.detached = duk_to_boolean(ctx, -1);
  duk_pop(ctx);
  duk_get_prop_string(ctx, obj, "stdio");
  const duk_size_t n = duk_is_array(ctx, -1) ? duk_get_length(ctx, -1) : 0;
  for (duk_size_t i = 0; i < n; ++i) {
    core::StdioSpec spec;
    duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(i));
    duk_get_prop_string(ctx, -1, "type");
    std::string type = duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "ignore";
    duk_pop(ctx);
    if (type == "pipe") {
      spec.kind = core::StdioSpec::kPipe;
      if (with_pipes) {
        duk_get_prop_string(ctx, -1, "handle");
        spec.pipe = pipe_handle_at(ctx, -1);
        duk_pop(ctx);
        if (!spec.pipe) (void)duk_type_error(ctx, "stdio %d: not a pipe handle", static_cast<int>(i));
      }
    } else if (type == "fd") {
      spec.kind = core::StdioSpec::kInherit;
      duk_get_prop_string(ctx, -1, "fd");
      spec.fd = duk_require_int(ctx, -1);
      duk_pop(ctx);
    }
    duk_pop(ctx);
    o.stdio.push_back(spec);
  }
  duk_pop(ctx);
  return o;
}

class ProcessWrap final : public HandleWrap, public core::SubprocessListener {
 public:
  static constexpr const char* kTypeName = "Process";
  ProcessWrap(Runtime& rt, duk_idx_t idx) : HandleWrap(rt, idx) {}

  core::Subprocess* process() { return process_; }
  core::Resource* resource() const override { return process_; }

  int spawn(const core::SpawnOptions& opts) {
    if (process_ || spawned_) return UV_EINVAL;
    int err = 0;
    process_ = core::Subprocess::spawn(runtime().loop(), opts, this, &err);
    spawned_ = true;
    if (!process_) resource_closed_now();  // nothing to wait for: unpins the object
    return err;
  }

  // this.onexit(exitCode, signalName)
  void on_exit(core::Subprocess&, int64_t status, int signal) override {
    if (!push_method("onexit")) return;
    Runtime& rt = runtime();
    duk_context* ctx = rt.ctx();
    duk_push_number(ctx, static_cast<double>(status));
    push_signal(ctx, signal);
    rt.call(2);
  }

  void on_close(core::Subprocess&) override {
    process_ = nullptr;
    resource_closed_now();
  }

 private:
  void close_resource() override {
    if (process_) process_->close();
  }

  core::Subprocess* process_ = nullptr;
  bool spawned_ = false;
};

ProcessWrap* this_process(duk_context* ctx) { return HandleWrap::unwrap_this<ProcessWrap>(ctx); }

duk_ret_t process_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return duk_type_error(ctx, "Process must be called with new");
  duk_push_this(ctx);
  new ProcessWrap(Runtime::from(ctx), -1);
  return 0;
}

// spawn(options) -> 0 or a libuv error; sets this.pid on success
duk_ret_t process_spawn(duk_context* ctx) {
  ProcessWrap* w = this_process(ctx);
  duk_require_object(ctx, 0);
  core::SpawnOptions opts = spawn_options(ctx, 0, true);
  int err = w->spawn(opts);
  if (err == 0) {
    duk_push_this(ctx);
    duk_push_int(ctx, w->process()->pid());
    duk_put_prop_string(ctx, -2, "pid");
    duk_pop(ctx);
  }
  duk_push_int(ctx, err);
  return 1;
}

// kill(signum) -> 0 or a libuv error
duk_ret_t process_kill(duk_context* ctx) {
  core::Subprocess* p = this_process(ctx)->process();
  duk_push_int(ctx, p ? p->kill(duk_require_int(ctx, 0)) : UV_ESRCH);
  return 1;
}

duk_ret_t process_close(duk_context* ctx) {
  if (core::Subprocess* p = this_process(ctx)->process()) p->close();
  return 0;
}

void push_bytes(duk_context* ctx, const std::string& bytes) {
  void* dst = duk_push_buffer_raw(ctx, bytes.size(), DUK_BUF_FLAG_NOZERO);
  if (!bytes.empty()) std::memcpy(dst, bytes.data(), bytes.size());
  duk_push_buffer_object(ctx, -1, 0, bytes.size(), DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
}

// spawnSync(options + {input, timeout, killSignal, maxBuffer})
//   -> {error, pid, status, signal, output: [null, Buffer|null, Buffer|null]}
duk_ret_t spawn_sync(duk_context* ctx) {
  duk_require_object(ctx, 0);
  core::SpawnOptions opts = spawn_options(ctx, 0, false);
  core::SyncRun run;
  duk_get_prop_string(ctx, 0, "input");
  if (duk_is_buffer_data(ctx, -1)) {
    duk_size_t len = 0;
    const char* data = static_cast<const char*>(duk_get_buffer_data(ctx, -1, &len));
    run.input.assign(data, len);
  } else if (duk_is_string(ctx, -1)) {
    duk_size_t len = 0;
    const char* data = duk_get_lstring(ctx, -1, &len);
    run.input.assign(data, len);
  }
  duk_pop(ctx);
  duk_get_prop_string(ctx, 0, "timeout");
  if (duk_is_number(ctx, -1) && duk_get_number(ctx, -1) > 0) run.timeout_ms = static_cast<uint64_t>(duk_get_number(ctx, -1));
  duk_pop(ctx);
  duk_get_prop_string(ctx, 0, "killSignal");
  if (duk_is_number(ctx, -1)) run.kill_signal = duk_get_int(ctx, -1);
  duk_pop(ctx);
  duk_get_prop_string(ctx, 0, "maxBuffer");
  if (duk_is_number(ctx, -1) && duk_get_number(ctx, -1) > 0 && duk_get_number(ctx, -1) < 9.0e15) {
    run.max_buffer = static_cast<uint64_t>(duk_get_number(ctx, -1));
  }
  duk_pop(ctx);

  core::SyncResult r = core::run_sync(opts, run);
  duk_push_object(ctx);
  duk_push_int(ctx, r.error);
  duk_put_prop_string(ctx, -2, "error");
  duk_push_int(ctx, r.pid);
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_number(ctx, static_cast<double>(r.status));
  duk_put_prop_string(ctx, -2, "status");
  push_signal(ctx, r.signal);
  duk_put_prop_string(ctx, -2, "signal");
  duk_push_array(ctx);
  for (std::size_t i = 0; i < opts.stdio.size(); ++i) {
    if (i > 0 && i < 3 && opts.stdio[i].kind == core::StdioSpec::kPipe) push_bytes(ctx, r.out[i]);
    else duk_push_null(ctx);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  duk_put_prop_string(ctx, -2, "output");
  return 1;
}

// signalNumber('SIGTERM') -> 15, 0 when unknown
duk_ret_t signal_number(duk_context* ctx) {
  duk_push_int(ctx, core::signal_number(duk_require_string(ctx, 0)));
  return 1;
}

}  // namespace

duk_ret_t open_process_wrap_binding(duk_context* ctx) {
  static const duk_function_list_entry kMethods[] = {
      {"spawn", process_spawn, 1}, {"kill", process_kill, 1}, {"close", process_close, 0}, {nullptr, nullptr, 0}};
  static const duk_function_list_entry kFuncs[] = {
      {"spawnSync", spawn_sync, 1}, {"signalNumber", signal_number, 1}, {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  duk_push_c_function(ctx, process_construct, 0);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kMethods);
  HandleWrap::put_ref_methods(ctx, -1);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, "Process");
  return 1;
}

}  // namespace netjs::js

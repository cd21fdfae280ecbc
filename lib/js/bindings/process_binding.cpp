// What the process object needs from the host: argv/env, exit, clocks, memory, stdio writes, the
// lifecycle hooks the runtime calls, and the list of live handles.
#include "core/process_info.h"
#include "core/signal.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"
#include "js/runtime.h"
#include "js/version.h"

#include <poll.h>
#include <uv.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <vector>

extern char** environ;

namespace netjs::js {

namespace {

const char* arch_name() {
#if defined(__x86_64__)
  return "x64";
#elif defined(__aarch64__)
  return "arm64";
#elif defined(__arm__)
  return "arm";
#elif defined(__i386__)
  return "ia32";
#else
  return "unknown";
#endif
}

// process.exit() after the 'exit' listeners ran: stop everything and unwind the JS stack.
duk_ret_t really_exit(duk_context* ctx) {
  Runtime::from(ctx).request_exit(duk_get_int_default(ctx, 0, 0));
  // The runtime ignores whatever this throw unwinds into; it only has to stop the running script.
  return duk_error(ctx, DUK_ERR_ERROR, "process.exit() called");
}

duk_ret_t hrtime(duk_context* ctx) {
  uint64_t t = uv_hrtime();
  duk_push_array(ctx);
  duk_push_number(ctx, static_cast<double>(t / 1000000000ULL));
  duk_put_prop_index(ctx, -2, 0);
  duk_push_number(ctx, static_cast<double>(t % 1000000000ULL));
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

duk_ret_t memory_usage(duk_context* ctx) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  double heap = static_cast<double>(Runtime::from(ctx).heap_bytes());
  duk_push_object(ctx);
  duk_push_number(ctx, static_cast<double>(rss));
  duk_put_prop_string(ctx, -2, "rss");
  duk_push_number(ctx, heap);
  duk_put_prop_string(ctx, -2, "heapTotal");
  duk_push_number(ctx, heap);
  duk_put_prop_string(ctx, -2, "heapUsed");
  duk_push_number(ctx, 0);
  duk_put_prop_string(ctx, -2, "external");
  duk_push_number(ctx, 0);
  duk_put_prop_string(ctx, -2, "arrayBuffers");
  return 1;
}

duk_ret_t uptime(duk_context* ctx) {
  static const uint64_t start = uv_hrtime();
  duk_push_number(ctx, static_cast<double>(uv_hrtime() - start) / 1e9);
  return 1;
}

// Blocking write of all bytes, as Node does for stdout/stderr on files and pipes.
int write_all(int fd, const char* p, std::size_t len) {
  while (len > 0) {
    ssize_t n = ::write(fd, p, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {  // an inherited non-blocking descriptor: wait until writable
        pollfd pfd{fd, POLLOUT, 0};
        ::poll(&pfd, 1, -1);
        continue;
      }
      return uv_translate_sys_error(errno);
    }
    p += n;
    len -= static_cast<std::size_t>(n);
  }
  return 0;
}

// writeFd(fd, bufferOrString) -> 0 or a libuv error code (EPIPE when the reader went away)
duk_ret_t write_fd(duk_context* ctx) {
  int fd = duk_require_int(ctx, 0);
  duk_size_t len = 0;
  const char* data;
  if (duk_is_string(ctx, 1)) data = duk_get_lstring(ctx, 1, &len);
  else data = static_cast<const char*>(duk_require_buffer_data(ctx, 1, &len));
  duk_push_int(ctx, write_all(fd, data, len));
  return 1;
}

duk_ret_t is_tty(duk_context* ctx) {
  duk_push_boolean(ctx, ::isatty(duk_require_int(ctx, 0)) == 1);
  return 1;
}

// setup(tickCallback, fatalException, emitExit, emitBeforeExit, inspect)
duk_ret_t setup(duk_context* ctx) {
  for (int i = 0; i < 5; ++i) duk_require_function(ctx, i);
  Runtime::from(ctx).set_hooks(0, 1, 2, 3, 4);
  return 0;
}

duk_ret_t live_handles(duk_context* ctx) {
  duk_push_array(ctx);
  duk_uarridx_t i = 0;
  for (const std::string& d : Runtime::from(ctx).loop().describe_live()) {
    duk_push_lstring(ctx, d.data(), d.size());
    duk_put_prop_index(ctx, -2, i++);
  }
  return 1;
}

// process.on('SIGINT', ...): one watcher per signal while it has listeners.
struct SignalState : BindingState {
  void* handler = nullptr;  // JS function(signalName), pinned
  std::map<int, core::Signal*> watchers;
};

duk_ret_t set_signal_handler(duk_context* ctx) {
  duk_require_function(ctx, 0);
  Runtime& rt = Runtime::from(ctx);
  rt.pin(0);
  rt.state<SignalState>().handler = duk_get_heapptr(ctx, 0);
  return 0;
}

// signalStart(name) -> 0, or a libuv error code (EINVAL for an unknown name)
duk_ret_t signal_start(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  std::string name = duk_require_string(ctx, 0);
  int signum = core::signal_number(name);
  if (signum == 0) return duk_push_int(ctx, UV_EINVAL), 1;
  SignalState& st = rt.state<SignalState>();
  if (st.watchers.count(signum)) return duk_push_int(ctx, 0), 1;
  int err = 0;
  core::Signal* watcher = core::Signal::start(
      rt.loop(), signum,
      [&rt, &st, name](core::Signal&, int) {
        if (!rt.can_call() || !st.handler) return;
        duk_context* c = rt.ctx();
        duk_push_heapptr(c, st.handler);
        duk_push_undefined(c);
        duk_push_string(c, name.c_str());
        rt.call(1);
      },
      &err);
  if (watcher) st.watchers[signum] = watcher;
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t signal_stop(duk_context* ctx) {
  Runtime& rt = Runtime::from(ctx);
  int signum = core::signal_number(duk_require_string(ctx, 0));
  SignalState& st = rt.state<SignalState>();
  auto it = st.watchers.find(signum);
  if (it != st.watchers.end()) {
    it->second->close();
    st.watchers.erase(it);
  }
  return 0;
}

// kill(pid, signalName) -> 0 or a libuv error code
duk_ret_t kill_process(duk_context* ctx) {
  int pid = duk_require_int(ctx, 0);
  int signum = duk_is_number(ctx, 1) ? duk_get_int(ctx, 1) : core::signal_number(duk_require_string(ctx, 1));
  if (duk_is_string(ctx, 1) && signum == 0) return duk_push_int(ctx, UV_EINVAL), 1;
  duk_push_int(ctx, uv_kill(pid, signum));
  return 1;
}

duk_ret_t push_uint(duk_context* ctx, unsigned value) {
  duk_push_number(ctx, static_cast<double>(value));
  return 1;
}

duk_ret_t get_uid(duk_context* ctx) { return push_uint(ctx, core::process_ids().uid); }
duk_ret_t get_gid(duk_context* ctx) { return push_uint(ctx, core::process_ids().gid); }
duk_ret_t get_euid(duk_context* ctx) { return push_uint(ctx, core::process_ids().euid); }
duk_ret_t get_egid(duk_context* ctx) { return push_uint(ctx, core::process_ids().egid); }

duk_ret_t get_groups(duk_context* ctx) {
  std::vector<unsigned> groups = core::process_groups();
  duk_push_array(ctx);
  for (std::size_t i = 0; i < groups.size(); ++i) {
    duk_push_number(ctx, static_cast<double>(groups[i]));
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  return 1;
}

// umask(mask) -> the previous mask; umask() only reads it (the JS side validated mask)
duk_ret_t umask(duk_context* ctx) {
  if (duk_is_undefined(ctx, 0)) return push_uint(ctx, core::current_umask());
  return push_uint(ctx, core::set_umask(static_cast<unsigned>(duk_require_number(ctx, 0))));
}

// cpuUsage() -> [user, system] in microseconds
duk_ret_t cpu_usage(duk_context* ctx) {
  double user = 0, system = 0;
  int rc = core::cpu_usage(user, system);
  if (rc < 0) return duk_error(ctx, DUK_ERR_ERROR, "uv_getrusage: %s", uv_strerror(rc));
  const double result[] = {user, system};
  push_numbers(ctx, result, 2);
  return 1;
}

void push_string_array(duk_context* ctx, const std::vector<std::string>& items) {
  duk_push_array(ctx);
  for (std::size_t i = 0; i < items.size(); ++i) {
    duk_push_lstring(ctx, items[i].data(), items[i].size());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
}

}  // namespace

duk_ret_t open_process_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {
      {"reallyExit", really_exit, 1}, {"hrtime", hrtime, 0},   {"memoryUsage", memory_usage, 0},
      {"uptime", uptime, 0},          {"writeFd", write_fd, 2}, {"isatty", is_tty, 1},
      {"setup", setup, 5},            {"liveHandles", live_handles, 0},
      {"setSignalHandler", set_signal_handler, 1}, {"signalStart", signal_start, 1},
      {"signalStop", signal_stop, 1}, {"kill", kill_process, 2},
      {"getuid", get_uid, 0},         {"getgid", get_gid, 0},   {"geteuid", get_euid, 0},
      {"getegid", get_egid, 0},       {"getgroups", get_groups, 0}, {"umask", umask, 1},
      {"cpuUsage", cpu_usage, 0},     {nullptr, nullptr, 0}};
  Runtime& rt = Runtime::from(ctx);
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);

  push_string_array(ctx, rt.argv());
  duk_put_prop_string(ctx, -2, "argv");
  char exe[4096];
  size_t exe_len = sizeof(exe);
  if (uv_exepath(exe, &exe_len) == 0) duk_push_lstring(ctx, exe, exe_len);
  else duk_push_string(ctx, rt.exec_path().c_str());
  duk_put_prop_string(ctx, -2, "execPath");

  duk_push_object(ctx);
  for (char** e = environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq) continue;
    duk_push_lstring(ctx, *e, static_cast<duk_size_t>(eq - *e));
    duk_push_string(ctx, eq + 1);
    duk_put_prop(ctx, -3);
  }
  duk_put_prop_string(ctx, -2, "env");

  duk_push_int(ctx, static_cast<int>(::getpid()));
  duk_put_prop_string(ctx, -2, "pid");
  duk_push_int(ctx, static_cast<int>(::getppid()));
  duk_put_prop_string(ctx, -2, "ppid");
  duk_push_string(ctx, "linux");
  duk_put_prop_string(ctx, -2, "platform");
  duk_push_string(ctx, arch_name());
  duk_put_prop_string(ctx, -2, "arch");
  duk_push_string(ctx, version());
  duk_put_prop_string(ctx, -2, "version");
  duk_push_string(ctx, uv_version_string());
  duk_put_prop_string(ctx, -2, "uvVersion");
  duk_push_sprintf(ctx, "%ld.%ld.%ld", static_cast<long>(DUK_VERSION / 10000),
                   static_cast<long>(DUK_VERSION / 100 % 100), static_cast<long>(DUK_VERSION % 100));
  duk_put_prop_string(ctx, -2, "duktapeVersion");

  // One byte shared with JS: non-zero while the nextTick queue has work, so the runtime can skip
  // the drain call after most events without calling into JS.
  auto* flag = static_cast<uint8_t*>(duk_push_fixed_buffer(ctx, 1));
  rt.set_tick_flag(flag);
  duk_push_buffer_object(ctx, -1, 0, 1, DUK_BUFOBJ_UINT8ARRAY);
  duk_remove(ctx, -2);
  duk_put_prop_string(ctx, -2, "tickInfo");
  return 1;
}

}  // namespace netjs::js

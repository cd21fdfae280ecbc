// The os module's native half: what core/host_info (and core/signal, core/system) read, as plain JS
// values. A failure comes back as a negative libuv code, which os.js turns into Node's SystemError.
#include "core/host_info.h"
#include "core/signal.h"
#include "core/system.h"
#include "js/bindings/binding_values.h"
#include "js/bindings/bindings.h"

#include <uv.h>

namespace netjs::js {

namespace {

void put_string(duk_context* ctx, const char* key, const std::string& value) {
  duk_push_lstring(ctx, value.data(), value.size());
  duk_put_prop_string(ctx, -2, key);
}

void put_number(duk_context* ctx, const char* key, double value) {
  duk_push_number(ctx, value);
  duk_put_prop_string(ctx, -2, key);
}

// Node's constants objects have no prototype.
void push_table(duk_context* ctx, const std::vector<std::pair<const char*, int>>& table) {
  duk_push_bare_object(ctx);
  for (const auto& entry : table) put_number(ctx, entry.first, entry.second);
}

duk_ret_t push_string_or_error(duk_context* ctx, int rc, const std::string& value) {
  if (rc != 0) duk_push_int(ctx, rc);
  else duk_push_lstring(ctx, value.data(), value.size());
  return 1;
}

duk_ret_t hostname(duk_context* ctx) {
  std::string name;
  int rc = core::host_name(&name);
  return push_string_or_error(ctx, rc, name);
}

duk_ret_t homedir(duk_context* ctx) {
  std::string dir;
  int rc = core::home_directory(&dir);
  return push_string_or_error(ctx, rc, dir);
}

// {name: [{address, netmask, family, mac, internal, cidr[, scopeid]}]}, grouped as Node groups them.
duk_ret_t network_interfaces(duk_context* ctx) {
  std::vector<core::NetworkInterface> list;
  int rc = core::network_interfaces(&list);
  if (rc != 0) return push_result(ctx, rc);
  duk_push_object(ctx);
  for (const core::NetworkInterface& ni : list) {
    if (!duk_get_prop_string(ctx, -1, ni.name.c_str())) {
      duk_pop(ctx);
      duk_push_array(ctx);
      duk_dup_top(ctx);
      duk_put_prop_string(ctx, -3, ni.name.c_str());
    }
    duk_push_object(ctx);
    put_string(ctx, "address", ni.address);
    put_string(ctx, "netmask", ni.netmask);
    duk_push_string(ctx, ni.family == 6 ? "IPv6" : "IPv4");
    duk_put_prop_string(ctx, -2, "family");
    put_string(ctx, "mac", ni.mac);
    duk_push_boolean(ctx, ni.internal);
    duk_put_prop_string(ctx, -2, "internal");
    if (ni.prefix >= 0) put_string(ctx, "cidr", ni.address + "/" + std::to_string(ni.prefix));
    else duk_push_null(ctx), duk_put_prop_string(ctx, -2, "cidr");
    if (ni.family == 6) put_number(ctx, "scopeid", ni.scope_id);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(duk_get_length(ctx, -2)));
    duk_pop(ctx);  // the interface's array
  }
  return 1;
}

duk_ret_t cpus(duk_context* ctx) {
  std::vector<core::CpuInfo> list;
  int rc = core::cpu_info(&list);
  duk_push_array(ctx);
  if (rc != 0) return 1;  // as Node: no CPUs to report is an empty list
  for (std::size_t i = 0; i < list.size(); ++i) {
    const core::CpuInfo& c = list[i];
    duk_push_object(ctx);
    put_string(ctx, "model", c.model);
    put_number(ctx, "speed", c.speed_mhz);
    duk_push_object(ctx);
    put_number(ctx, "user", static_cast<double>(c.user));
    put_number(ctx, "nice", static_cast<double>(c.nice));
    put_number(ctx, "sys", static_cast<double>(c.sys));
    put_number(ctx, "idle", static_cast<double>(c.idle));
    put_number(ctx, "irq", static_cast<double>(c.irq));
    duk_put_prop_string(ctx, -2, "times");
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  return 1;
}

// {sysname, release, version, machine} or an error code
duk_ret_t uname(duk_context* ctx) {
  core::UnameInfo u;
  int rc = core::uname_info(&u);
  if (rc != 0) return push_result(ctx, rc);
  duk_push_object(ctx);
  put_string(ctx, "sysname", u.sysname);
  put_string(ctx, "release", u.release);
  put_string(ctx, "version", u.version);
  put_string(ctx, "machine", u.machine);
  return 1;
}

// The uptime in seconds, or an error code (negative).
duk_ret_t uptime(duk_context* ctx) {
  double seconds = 0;
  int rc = core::uptime_seconds(&seconds);
  duk_push_number(ctx, rc != 0 ? rc : seconds);
  return 1;
}

duk_ret_t loadavg(duk_context* ctx) {
  double avg[3];
  core::load_average(avg);
  push_numbers(ctx, avg, 3);
  return 1;
}

duk_ret_t totalmem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(core::total_memory()));
  return 1;
}

duk_ret_t freemem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(core::free_memory()));
  return 1;
}

duk_ret_t available_parallelism(duk_context* ctx) {
  duk_push_uint(ctx, core::available_parallelism());
  return 1;
}

// {uid, gid, username, homedir, shell} or an error code
duk_ret_t user_info(duk_context* ctx) {
  core::UserInfo u;
  int rc = core::user_info(&u);
  if (rc != 0) return push_result(ctx, rc);
  duk_push_bare_object(ctx);  // as Node's
  put_number(ctx, "uid", static_cast<double>(u.uid));
  put_number(ctx, "gid", static_cast<double>(u.gid));
  put_string(ctx, "username", u.username);
  put_string(ctx, "homedir", u.homedir);
  put_string(ctx, "shell", u.shell);
  return 1;
}

// getPriority(pid) -> [rc, priority]
duk_ret_t get_priority(duk_context* ctx) {
  int priority = 0;
  int rc = core::get_priority(duk_require_int(ctx, 0), &priority);
  const double result[] = {static_cast<double>(rc), static_cast<double>(priority)};
  push_numbers(ctx, result, 2);
  return 1;
}

// setPriority(pid, priority) -> rc
duk_ret_t set_priority(duk_context* ctx) {
  duk_push_int(ctx, core::set_priority(duk_require_int(ctx, 0), duk_require_int(ctx, 1)));
  return 1;
}

// {UV_UDP_REUSEADDR, dlopen, errno, signals, priority}, Node's os.constants before freezing.
duk_ret_t constants(duk_context* ctx) {
  duk_push_bare_object(ctx);
  put_number(ctx, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  push_table(ctx, core::dlopen_constants());
  duk_put_prop_string(ctx, -2, "dlopen");
  push_table(ctx, core::errno_constants());
  duk_put_prop_string(ctx, -2, "errno");
  push_table(ctx, core::signal_constants());
  duk_put_prop_string(ctx, -2, "signals");
  push_table(ctx, core::priority_constants());
  duk_put_prop_string(ctx, -2, "priority");
  return 1;
}

}  // namespace

duk_ret_t open_os_binding(duk_context* ctx) {
  static const duk_function_list_entry kFuncs[] = {{"hostname", hostname, 0},
                                                   {"homedir", homedir, 0},
                                                   {"networkInterfaces", network_interfaces, 0},
                                                   {"cpus", cpus, 0},
                                                   {"uname", uname, 0},
                                                   {"uptime", uptime, 0},
                                                   {"loadavg", loadavg, 0},
                                                   {"totalmem", totalmem, 0},
                                                   {"freemem", freemem, 0},
                                                   {"availableParallelism", available_parallelism, 0},
                                                   {"userInfo", user_info, 0},
                                                   {"getPriority", get_priority, 1},
                                                   {"setPriority", set_priority, 2},
                                                   {"constants", constants, 0},
                                                   {nullptr, nullptr, 0}};
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFuncs);
  return 1;
}

}  // namespace netjs::js

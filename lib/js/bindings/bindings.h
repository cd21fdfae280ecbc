// netjs's native bindings, reachable from the embedded JS modules as process._binding(name): the
// table script.cpp gives each Runtime. Each open function pushes one object (the binding's exports)
// and returns 1.
#pragma once

#include "js/runtime.h"

#include <duktape.h>

namespace netjs::js {

duk_ret_t open_buffer_binding(duk_context* ctx);   // buffer_binding.cpp: encoders/decoders
duk_ret_t open_module_binding(duk_context* ctx);   // module_binding.cpp: embedded sources, files, compile
duk_ret_t open_process_binding(duk_context* ctx);  // process_binding.cpp
duk_ret_t open_timers_binding(duk_context* ctx);   // timers_binding.cpp
duk_ret_t open_tcp_binding(duk_context* ctx);      // tcp_binding.cpp
duk_ret_t open_dns_binding(duk_context* ctx);      // dns_binding.cpp
duk_ret_t open_udp_binding(duk_context* ctx);      // udp_binding.cpp
duk_ret_t open_os_binding(duk_context* ctx);       // os_binding.cpp
duk_ret_t open_process_wrap_binding(duk_context* ctx);  // process_wrap_binding.cpp: child processes
duk_ret_t open_errors_binding(duk_context* ctx);   // errors_binding.cpp: libuv codes by name, classes
duk_ret_t open_fs_binding(duk_context* ctx);       // fs_binding.cpp: file-system calls

// The table, terminated by {nullptr, nullptr}.
extern const BindingEntry kBindings[];

}  // namespace netjs::js

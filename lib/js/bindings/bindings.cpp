#include "js/bindings/bindings.h"

namespace netjs::js {

// The table of native bindings reachable through process._binding().
const BindingEntry kBindings[] = {
    {"buffer", open_buffer_binding},
    {"module", open_module_binding},
    {"process", open_process_binding},
    {"timers", open_timers_binding},
    {"tcp", open_tcp_binding},
    {"dns", open_dns_binding},
    {"errors", open_errors_binding},
    {"fs", open_fs_binding},
    {"udp", open_udp_binding},
    {"os", open_os_binding},
    {"process_wrap", open_process_wrap_binding},
    {nullptr, nullptr},
};

} // namespace netjs::js

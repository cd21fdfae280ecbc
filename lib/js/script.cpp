#include "js/script.h"

#include "core/loop.h"
#include "js/bindings/bindings.h"
#include "js/embedded_modules.h"
#include "js/hang_report.h"
#include "js/runtime.h"
#include "log/log.h"

#include <cstring>

namespace netjs::js {

int run_script(const ScriptOptions& opts) {
  core::Loop loop;
  int code;
  {
    Runtime rt(loop, kBindings);
    if (opts.exit_follows) rt.leave_heap_to_exit();
    if (hang_report_requested()) watch_for_hang_report(rt);
    code = rt.run(opts);
  }
  int rc = loop.close();
  if (rc != 0) log::get()->error("event loop did not close cleanly: {}", uv_err_name(rc));
  return code;
}

std::string_view builtin_source(const char* name) {
  for (const EmbeddedModule* m = kEmbeddedModules; m->name; ++m) {
    if (std::strcmp(m->name, name) == 0) return {m->source, m->length};
  }
  return {};
}

}  // namespace netjs::js

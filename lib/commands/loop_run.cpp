#include "commands/loop_run.h"

#include "core/error.h"
#include "log/log.h"

namespace netjs::commands {

int run_loop(core::Loop& loop, const std::function<int()>& exit_status) {
  loop.run();
  const int code = exit_status();
  int rc = loop.close();
  if (rc != 0) log::get()->error("event loop did not close cleanly: {}", core::make_error(rc, "uv_loop_close").name());
  return code;
}

}  // namespace netjs::commands

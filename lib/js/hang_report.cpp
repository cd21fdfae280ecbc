#include "js/hang_report.h"

#include "core/hang_report_protocol.h"
#include "core/signal.h"
#include "log/log.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace netjs::js {

bool hang_report_requested() {
  const char* v = std::getenv(core::kHangReportEnv);
  return v && *v && std::strcmp(v, "0") != 0;
}

void watch_for_hang_report(Runtime& rt) {
  int err = 0;
  core::Signal* sig = core::Signal::start(
      rt.loop(), SIGTERM,
      [&rt](core::Signal&, int) {
        // Written straight to stderr, not through the logger: it is a report the runner parses, and
        // must appear whatever the log level is.
        std::vector<std::string> live = rt.loop().describe_live();
        // The registry lists the newest first; oldest first reads in the order the script created them.
        std::reverse(live.begin(), live.end());
        std::string out = core::kHangReportHeader + std::to_string(live.size()) + "\n";
        for (const std::string& d : live) out += core::kHangReportItem + d + "\n";
        std::fwrite(out.data(), 1, out.size(), stderr);
        std::fflush(stderr);
        rt.request_exit(core::kHangReportExit);
      },
      &err);
  if (!sig) log::get()->warn("cannot watch SIGTERM for the hang report: {}", uv_strerror(err));
}

}  // namespace netjs::js

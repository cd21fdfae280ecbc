// The "what keeps this test alive" report for `netjs test`. A test the runner started (it sets
// NETJS_HANG_REPORT=1) answers the SIGTERM the runner sends on timeout by listing, on stderr, every
// handle that keeps the event loop alive, then exits with kHangReportExit.
#pragma once

#include "js/runtime.h"

namespace netjs::js {

constexpr int kHangReportExit = 124;  // as timeout(1)
// The lines the runner parses: the first, then one per live handle.
constexpr const char* kHangReportHeader = "netjs: hang report: open handles: ";
constexpr const char* kHangReportItem = "netjs: open handle: ";

// True when the environment asks for the report (NETJS_HANG_REPORT set and not "0").
bool hang_report_requested();

// Starts the SIGTERM watcher. It is unref'd (never keeps the loop alive, never listed itself) and
// owned by the runtime's loop like every other resource.
void watch_for_hang_report(Runtime& rt);

}  // namespace netjs::js

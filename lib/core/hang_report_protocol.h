// How `netjs test` asks a hung test what keeps it alive, shared by both ends: the runner starts the
// test with kHangReportEnv=1 and, on timeout, sends SIGTERM; the test then writes kHangReportHeader
// plus the number of live handles, one kHangReportItem line per handle, and exits kHangReportExit.
#pragma once

namespace netjs::core {

constexpr const char* kHangReportEnv = "NETJS_HANG_REPORT";
constexpr int kHangReportExit = 124;  // as timeout(1)
constexpr const char* kHangReportHeader = "netjs: hang report: open handles: ";
constexpr const char* kHangReportItem = "netjs: open handle: ";

}  // namespace netjs::core

// The "what keeps this test alive" report for `netjs test` (the protocol is in
// core/hang_report_protocol.h): a test the runner started answers the SIGTERM the runner sends on
// timeout by listing, on stderr, every handle that keeps the event loop alive, then exits.
#pragma once

#include "js/runtime.h"

namespace netjs::js {

// True when the environment asks for the report (NETJS_HANG_REPORT set and not "0").
bool hang_report_requested();

// Starts the SIGTERM watcher. It is unref'd (never keeps the loop alive, never listed itself) and
// owned by the runtime's loop like every other resource.
void watch_for_hang_report(Runtime& rt);

}  // namespace netjs::js

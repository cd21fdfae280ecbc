// The end of every subcommand that lives on an event loop (serve, connect, probe): run the loop until
// nothing is left, take the exit status, then close whatever is still open and check that the loop
// closed cleanly.
#pragma once

#include "core/loop.h"

#include <functional>

namespace netjs::commands {

// Runs `loop` dry, then calls `exit_status` (which may still report: serve prints its summary there),
// then closes every resource left and the loop, logging an error if libuv still held something.
// The object the resources report to must outlive this call: their close callbacks run in it.
int run_loop(core::Loop& loop, const std::function<int()>& exit_status);

}  // namespace netjs::commands

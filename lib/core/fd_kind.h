// What kind of descriptor an inherited fd is, as libuv sees it (Node's guessHandleType): which
// handle can take it over.
#pragma once

namespace netjs::core {

// "TCP", "PIPE" (a Unix socket or a pipe), "TTY", "FILE", "UDP" or "UNKNOWN" (also for a bad fd).
const char* fd_kind(int fd);

}  // namespace netjs::core

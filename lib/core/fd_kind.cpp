#include "core/fd_kind.h"

#include <uv.h>

namespace netjs::core {

const char* fd_kind(int fd) {
  if (fd < 0) return "UNKNOWN";
  switch (uv_guess_handle(fd)) {
    case UV_TCP: return "TCP";
    case UV_NAMED_PIPE: return "PIPE";
    case UV_TTY: return "TTY";
    case UV_FILE: return "FILE";
    case UV_UDP: return "UDP";
    default: return "UNKNOWN";
  }
}

}  // namespace netjs::core

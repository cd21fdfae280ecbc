// The inactivity timeout of a connection (Node's socket.setTimeout), for any Stream: fires once after
// `ms` without reads or writes, again only after new activity and another idle period. Activity only
// stamps a time (cheap per chunk); the timer checks the stamp when it fires instead of being re-armed
// on every read. Made only for a connection that asks for one: most never do, and a connection is
// per-connection memory.
#pragma once

#include "core/stream.h"

#include <cstdint>

namespace netjs::core {

class IdleTimeout {
 public:
  using Callback = void (*)(Stream& owner);

  // The timer never keeps the process alive on its own, as in Node.
  IdleTimeout(Stream& owner, Callback on_timeout);
  IdleTimeout(const IdleTimeout&) = delete;
  IdleTimeout& operator=(const IdleTimeout&) = delete;

  // 0 disables.
  void set(uint64_t ms);
  uint64_t timeout_ms() const { return timeout_ms_; }
  void touch() {
    if (timeout_ms_ != 0) stamp();  // no timeout: nothing to stamp
  }
  // Closes the timer handle; `on_closed(owner)` runs from its close callback. Free this after that.
  void close(Callback on_closed);

 private:
  void stamp();
  void arm(uint64_t ms);
  void on_timer();

  uv_timer_t timer_{};
  Stream& owner_;
  Callback on_timeout_;
  Callback on_closed_ = nullptr;
  uint64_t timeout_ms_ = 0;
  uint64_t last_activity_ = 0;
  bool fired_ = false;
};

}  // namespace netjs::core

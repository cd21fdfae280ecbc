// A POSIX signal delivered on the loop (SIGINT, SIGTERM, ...), for graceful stops.
#pragma once

#include "core/loop.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace netjs::core {

class Signal final : public Resource {
 public:
  using Callback = std::function<void(Signal&, int signum)>;

  // Starts watching `signum`. Returns nullptr and sets *err on failure. A watcher does not keep the
  // loop alive by itself (as in Node), unless ref() is called.
  static Signal* start(Loop& loop, int signum, Callback cb, int* err);

  int signum() const { return signum_; }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  Signal(Loop& loop, int signum, Callback cb);
  ~Signal() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&handle_); }

  uv_signal_t handle_{};
  int signum_;
  Callback cb_;
  bool closing_ = false;
};

// "SIGINT" -> 2; 0 when unknown.
int signal_number(const std::string& name);
// The signals Node's os.constants.signals names, with this system's numbers.
std::vector<std::pair<const char*, int>> signal_constants();
// 2 -> "SIGINT"; empty when unknown.
std::string signal_name(int signum);
// 2 -> "INT": glibc's sigabbrev_np on every C library (musl, OpenWrt's, has none); nullptr when
// unknown, and for the real-time signals.
const char* signal_abbrev(int signum);

}  // namespace netjs::core

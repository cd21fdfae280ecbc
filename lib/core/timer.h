// Timers and the "run once the loop has polled" hook behind setImmediate.
#pragma once

#include "core/loop.h"

#include <cstdint>
#include <functional>
#include <string>

namespace netjs::core {

class Timer final : public Resource {
 public:
  using Callback = std::function<void(Timer&)>;

  // The timer owns itself until closed; `on_close` (optional) runs just before it is deleted.
  static Timer* create(Loop& loop, Callback on_fire, Callback on_close = {});

  // Fires after `timeout_ms`, then every `repeat_ms` if non-zero. Restarting resets the countdown.
  [[nodiscard]] int start(uint64_t timeout_ms, uint64_t repeat_ms = 0);
  void stop();
  bool active() const;
  // A free-form label for hang reports ("setTimeout 5000 ms").
  void set_label(std::string label) { label_ = std::move(label); }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  Timer(Loop& loop, Callback on_fire, Callback on_close);
  ~Timer() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&handle_); }

  uv_timer_t handle_{};
  Callback on_fire_;
  Callback on_close_;
  std::string label_;
  bool closing_ = false;
};

// Runs its callback once per loop iteration after I/O polling while armed, and keeps the poll from
// blocking meanwhile (libuv's check + idle pair). One serves all of a runtime's setImmediate calls.
class Immediate final : public Resource {
 public:
  using Callback = std::function<void(Immediate&)>;
  static Immediate* create(Loop& loop, Callback on_check);

  void arm();     // call back after the next poll
  void disarm();
  bool armed() const { return armed_; }
  // Its own ref flag over two handles: unref'd, an armed immediate leaves the idle handle stopped.
  void ref() override;
  void unref() override;
  bool has_ref() const override { return ref_; }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override { return "immediate queue"; }

 private:
  Immediate(Loop& loop, Callback on_check);
  ~Immediate() override = default;

  uv_check_t check_{};
  uv_idle_t idle_{};
  Callback on_check_;
  bool armed_ = false;
  bool ref_ = true;
  bool closing_ = false;
  int open_handles_ = 0;
};

}  // namespace netjs::core

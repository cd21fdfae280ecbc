#include "core/timer.h"

namespace netjs::core {

Timer* Timer::create(Loop& loop, Callback on_fire, Callback on_close) {
  return new Timer(loop, std::move(on_fire), std::move(on_close));
}

Timer::Timer(Loop& loop, Callback on_fire, Callback on_close)
    : Resource(loop), on_fire_(std::move(on_fire)), on_close_(std::move(on_close)) {
  uv_timer_init(loop.raw(), &handle_);  // cannot fail on Linux
  handle_.data = this;
}

int Timer::start(uint64_t timeout_ms, uint64_t repeat_ms) {
  if (closing_) return UV_EINVAL;
  // Count from now, not from the loop's cached time: a script that ran for a while before starting
  // the timer must not see it fire early (Node updates the clock here too).
  uv_update_time(loop().raw());
  return uv_timer_start(
      &handle_,
      [](uv_timer_t* h) {
        auto* self = static_cast<Timer*>(h->data);
        if (self->on_fire_) self->on_fire_(*self);
      },
      timeout_ms, repeat_ms);
}

void Timer::stop() {
  if (!closing_) uv_timer_stop(&handle_);
}

bool Timer::active() const { return !closing_ && uv_is_active(reinterpret_cast<const uv_handle_t*>(&handle_)); }

bool Timer::keeps_loop_alive() const { return active() && has_ref(); }

std::string Timer::describe() const { return label_.empty() ? "timer" : "timer (" + label_ + ")"; }

void Timer::close() {
  if (closing_) return;
  closing_ = true;
  uv_close(reinterpret_cast<uv_handle_t*>(&handle_), [](uv_handle_t* h) {
    auto* self = static_cast<Timer*>(h->data);
    if (self->on_close_) self->on_close_(*self);
    delete self;
  });
}

Immediate* Immediate::create(Loop& loop, Callback on_check) { return new Immediate(loop, std::move(on_check)); }

Immediate::Immediate(Loop& loop, Callback on_check) : Resource(loop), on_check_(std::move(on_check)) {
  uv_check_init(loop.raw(), &check_);
  uv_idle_init(loop.raw(), &idle_);
  check_.data = this;
  idle_.data = this;
  open_handles_ = 2;
}

void Immediate::arm() {
  if (closing_ || armed_) return;
  armed_ = true;
  uv_check_start(&check_, [](uv_check_t* h) {
    auto* self = static_cast<Immediate*>(h->data);
    if (self->armed_ && self->on_check_) self->on_check_(*self);
  });
  // An active idle handle makes the poll phase non-blocking; only when ref'd, so an unref'd
  // immediate does not keep the loop alive.
  if (ref_) uv_idle_start(&idle_, [](uv_idle_t*) {});
}

void Immediate::disarm() {
  if (closing_ || !armed_) return;
  armed_ = false;
  uv_check_stop(&check_);
  uv_idle_stop(&idle_);
}

void Immediate::ref() {
  if (closing_ || ref_) return;
  ref_ = true;
  uv_ref(reinterpret_cast<uv_handle_t*>(&check_));
  if (armed_) uv_idle_start(&idle_, [](uv_idle_t*) {});
}

void Immediate::unref() {
  if (closing_ || !ref_) return;
  ref_ = false;
  uv_idle_stop(&idle_);
  uv_unref(reinterpret_cast<uv_handle_t*>(&check_));
}

bool Immediate::keeps_loop_alive() const { return !closing_ && armed_ && ref_; }

void Immediate::close() {
  if (closing_) return;
  closing_ = true;
  auto on_closed = [](uv_handle_t* h) {
    auto* self = static_cast<Immediate*>(h->data);
    if (--self->open_handles_ == 0) delete self;
  };
  uv_close(reinterpret_cast<uv_handle_t*>(&check_), on_closed);
  uv_close(reinterpret_cast<uv_handle_t*>(&idle_), on_closed);
}

}  // namespace netjs::core

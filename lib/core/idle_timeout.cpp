#include "core/idle_timeout.h"

#include "log/log.h"

namespace netjs::core {

namespace {

// The loop's cached time can be stale by the length of the callbacks run since the loop woke up;
// a timer armed from it fires early. Node reads a fresh clock for its timers; so do we here.
uint64_t fresh_now(uv_loop_t* loop) {
  uv_update_time(loop);
  return uv_now(loop);
}

}  // namespace

IdleTimeout::IdleTimeout(Stream& owner, Callback on_timeout) : owner_(owner), on_timeout_(on_timeout) {
  uv_timer_init(owner.loop().raw(), &timer_);
  timer_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer_));
}

void IdleTimeout::arm(uint64_t ms) {
  uv_timer_start(&timer_, [](uv_timer_t* t) { static_cast<IdleTimeout*>(t->data)->on_timer(); }, ms, 0);
}

void IdleTimeout::set(uint64_t ms) {
  timeout_ms_ = ms;
  fired_ = false;
  if (ms == 0) {
    uv_timer_stop(&timer_);
    return;
  }
  last_activity_ = fresh_now(owner_.loop().raw());
  arm(ms);
}

void IdleTimeout::stamp() {
  last_activity_ = fresh_now(owner_.loop().raw());
  if (fired_) {  // the timeout fired and nothing happened since: activity starts a new period
    fired_ = false;
    arm(timeout_ms_);
  }
}

void IdleTimeout::on_timer() {
  uint64_t idle = uv_now(owner_.loop().raw()) - last_activity_;
  if (idle < timeout_ms_) {
    arm(timeout_ms_ - idle);
    return;
  }
  log::get()->debug("idle timeout ({} ms) {}", timeout_ms_, log::described(owner_));
  // Fires once per idle period, as Node's socket timeout does; the next activity re-arms it.
  fired_ = true;
  on_timeout_(owner_);
}

void IdleTimeout::close(Callback on_closed) {
  on_closed_ = on_closed;
  uv_close(reinterpret_cast<uv_handle_t*>(&timer_), [](uv_handle_t* h) {
    auto* self = static_cast<IdleTimeout*>(h->data);
    self->on_closed_(self->owner_);
  });
}

}  // namespace netjs::core

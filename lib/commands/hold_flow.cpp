#include "commands/hold_flow.h"

#include "commands/hold_schedule.h"
#include "commands/stats.h"
#include "core/error_class.h"
#include "log/log.h"

#include <cmath>
#include <cstring>

namespace netjs::commands {

namespace {
uint64_t timer_ms(double ms) { return ms <= 0 ? 0 : static_cast<uint64_t>(std::llround(ms)); }
}  // namespace

void HoldFlow::connect(const FlowOptions& options, ConnectedFn done) {
  opts_ = options;
  connected_ = std::move(done);
  state_ = State::kConnecting;
  core::ConnectAnyOptions co;
  co.host = opts_.host;
  co.port = opts_.port;
  co.family = opts_.family;
  co.timeout_ms = opts_.timeout_ms;
  // May call back before returning (and then gives nullptr).
  connect_ = core::ConnectAny::start(loop_, std::move(co), this);
}

void HoldFlow::on_connected(core::ConnectAny& c, core::TcpSocket& socket, const core::ConnectTry& tried) {
  socket.set_listener(this);
  socket_ = &socket;
  conn_.address = tried.address;
  conn_.local = socket.local_endpoint();
  conn_.connect_ms = tried.connect_ms;
  conn_.dns_ms = c.dns_ms();
  // The byte must leave at once, not wait for an ACK Nagle would hold it for.
  (void)socket.set_no_delay(true);
  if (opts_.keepalive_s > 0) {
    int rc = socket.set_keepalive(true, static_cast<uint64_t>(opts_.keepalive_s) * 1000);
    if (rc == 0 && opts_.keepalive_count > 0) rc = socket.set_keepalive_probes(opts_.keepalive_s, opts_.keepalive_count);
    conn_.keepalive_rc = rc;
  }
  if (int rc = socket.read_start(); rc != 0) conn_.error = core::make_error(rc, "read", tried.address.address, opts_.port);
}

void HoldFlow::on_done(core::ConnectAny& c, const core::Error& err) {
  connect_ = nullptr;
  if (err) {
    conn_.error = c.timed_out() && c.tried().empty() ? core::timeout_error("connect", opts_.host, opts_.port) : err;
    if (!c.tried().empty()) conn_.address = c.tried().back().address;
    conn_.dns_ms = c.dns_ms();
  }
  if (conn_.error) {
    state_ = State::kDone;
    if (socket_) socket_->close();
  } else {
    state_ = State::kIdle;
  }
  ConnectedFn done = std::move(connected_);
  connected_ = nullptr;
  if (done) done(conn_);
}

void HoldFlow::ensure_timer() {
  if (timer_) return;
  timer_ = core::Timer::create(
      loop_,
      [this](core::Timer&) {
        if (state_ == State::kHolding) gap_over();
        else if (state_ == State::kEchoing) echo_overdue();
      },
      [this](core::Timer&) { timer_ = nullptr; });
  timer_->set_label("probe --hold gap");
}

void HoldFlow::hold(double gap_ms, HeldFn done) {
  held_ = std::move(done);
  gap_ms_ = gap_ms;
  if (state_ != State::kIdle || !socket_) {
    // Nothing to hold: the connection is gone (a caller's mistake, reported rather than hung on).
    died("error", core::make_error(UV_ENOTCONN, "read"));
    return;
  }
  ensure_timer();
  state_ = State::kHolding;
  gap_started_ms_ = now_ms();
  (void)timer_->start(timer_ms(gap_ms));
}

void HoldFlow::gap_over() {
  HoldOutcome probe;
  read_info(&probe);
  have_gap_info_ = probe.have_info;
  gap_info_rc_ = probe.info_rc;
  gap_info_ = probe.info;
  state_ = State::kEchoing;
  sent_ms_ = now_ms();
  int rc = socket_->write(core::make_chunk("\n"));
  if (rc < 0) {
    died(death_kind(core::make_error(rc, "write")), core::make_error(rc, "write", conn_.address.address, opts_.port));
    return;
  }
  if (state_ == State::kEchoing) (void)timer_->start(timer_ms(opts_.timeout_ms));
}

void HoldFlow::echo_overdue() { died("silence", {}); }

void HoldFlow::read_info(HoldOutcome* outcome) {
  if (!socket_ || socket_->closing()) return;
  outcome->info_rc = core::read_tcp_info(*socket_, &outcome->info);
  outcome->have_info = outcome->info_rc == 0;
}

void HoldFlow::use_gap_info(HoldOutcome* outcome) const {
  outcome->have_info = have_gap_info_;
  outcome->info_rc = gap_info_rc_;
  outcome->info = gap_info_;
}

void HoldFlow::died(const std::string& result, const core::Error& err) {
  HoldOutcome o;
  o.gap_ms = gap_ms_;
  o.result = result;
  o.error = err;
  o.while_idle = state_ == State::kHolding;
  o.idle_ms = o.while_idle ? now_ms() - gap_started_ms_ : gap_ms_;
  if (o.while_idle) {
    read_info(&o);
  } else {
    use_gap_info(&o);
  }
  state_ = State::kDone;
  if (timer_) timer_->stop();
  if (socket_) socket_->close();
  report(std::move(o));
}

void HoldFlow::report(HoldOutcome outcome) {
  HeldFn done = std::move(held_);
  held_ = nullptr;
  if (done) done(outcome);
}

void HoldFlow::on_data(core::Stream&, const char* data, std::size_t len) {
  if (state_ != State::kEchoing) {
    // Data the peer sent unasked (a banner, a late echo): it is not the echo being waited for.
    log::get()->debug("probe --hold: {} unexpected bytes from the peer ignored", len);
    return;
  }
  if (std::memchr(data, '\n', len) == nullptr) return;
  HoldOutcome o;
  o.gap_ms = gap_ms_;
  o.result = "alive";
  o.idle_ms = gap_ms_;
  o.echo_ms = now_ms() - sent_ms_;
  use_gap_info(&o);
  state_ = State::kIdle;
  if (timer_) timer_->stop();
  report(std::move(o));
}

void HoldFlow::on_end(core::Stream&) {
  if (state_ == State::kHolding || state_ == State::kEchoing) died("fin", {});
}

void HoldFlow::on_error(core::Stream&, const core::Error& err) {
  if (state_ == State::kHolding || state_ == State::kEchoing) died(death_kind(err), err);
}

void HoldFlow::on_write_done(core::Stream& s, const core::Error& err) {
  if (err) on_error(s, err);
}

void HoldFlow::on_close(core::Stream&) { socket_ = nullptr; }

void HoldFlow::close() {
  state_ = State::kDone;
  connected_ = nullptr;
  held_ = nullptr;
  if (connect_) connect_->close();
  connect_ = nullptr;
  if (socket_) socket_->close();
  if (timer_) timer_->close();
}

}  // namespace netjs::commands

#include "commands/probe_attempt.h"

#include "core/connect_any.h"
#include "core/error_class.h"
#include "core/tcp_socket.h"
#include "core/timer.h"
#include "commands/expect_window.h"
#include "commands/stats.h"
#include "commands/udp_probe_attempt.h"

#include <memory>

namespace netjs::commands {

namespace {

class Attempt;

// A connected address, while --send/--expect runs on it.
class Banner final : public core::SocketListener {
 public:
  Banner(Attempt& attempt, std::size_t index, ProbeTry tried) : tried(std::move(tried)), attempt_(attempt), index_(index) {}
  void start(core::TcpSocket& socket);
  void conclude(const std::string& result, const core::Error& err);  // decided: close the socket
  void expire();                                                     // the attempt's deadline passed
  bool done() const { return !tried.result.empty(); }
  std::size_t index() const { return index_; }
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override {
    if (err) on_error(s, err);
  }
  void on_close(core::Stream& s) override;

  ProbeTry tried;

 private:
  Attempt& attempt_;
  std::size_t index_;  // in the ConnectAny's record of addresses tried
  core::TcpSocket* socket_ = nullptr;
  ExpectWindow expect_window_;
};

class Attempt final : public core::ConnectAnyListener {
 public:
  Attempt(core::Loop& loop, ProbeSpec spec, ProbeDone done)
      : loop_(loop), spec_(std::move(spec)), done_(std::move(done)) {}

  void start();
  const ProbeSpec& spec() const { return spec_; }
  void banner_done();         // a banner exchange has its result
  void socket_taken() { ++open_sockets_; }
  void socket_closed();       // a banner's socket is gone

  // ConnectAnyListener
  void on_connected(core::ConnectAny& c, core::TcpSocket& socket, const core::ConnectTry& tried) override;
  void on_done(core::ConnectAny& c, const core::Error& err) override;

 private:
  void decide();
  void report();
  void maybe_delete();

  core::Loop& loop_;
  ProbeSpec spec_;
  ProbeDone done_;
  ProbeResult result_;
  core::Timer* timer_ = nullptr;
  core::ConnectAny* connect_ = nullptr;
  std::vector<core::ConnectTry> connect_tried_;  // the ConnectAny's record, once it is done
  std::vector<std::unique_ptr<Banner>> banners_;
  double started_ms_ = now_ms();
  int open_sockets_ = 0;
  bool connects_done_ = false;
  bool timer_open_ = false;
  bool reported_ = false;
};

void Banner::start(core::TcpSocket& socket) {
  const ProbeSpec& spec = attempt_.spec();
  if (spec.send.empty() && spec.expect.empty()) {
    conclude("open", {});  // the socket is left to the ConnectAny, which closes it
    return;
  }
  socket.set_listener(this);
  socket_ = &socket;
  attempt_.socket_taken();
  if (!spec.send.empty()) {
    int rc = socket.write(core::make_chunk(spec.send));
    if (rc < 0) {
      on_error(socket, core::make_error(rc, "write", tried.address.address, spec.port));
      return;
    }
  }
  if (spec.expect.empty()) {
    conclude("open", {});
    return;
  }
  if (int rc = socket.read_start(); rc != 0) on_error(socket, core::make_error(rc, "read", tried.address.address, spec.port));
}

void Banner::conclude(const std::string& result, const core::Error& err) {
  if (done()) return;
  tried.result = result;
  tried.error = err;
  if (socket_) socket_->close();
  attempt_.banner_done();
}

void Banner::expire() {
  // Connected, but the banner never came.
  if (!done()) conclude("mismatch", core::timeout_error("read", tried.address.address, attempt_.spec().port));
}

void Banner::on_data(core::Stream&, const char* data, std::size_t len) {
  if (expect_window_.feed(attempt_.spec().expect, data, len)) conclude("open", {});
}

void Banner::on_end(core::Stream&) {
  conclude("mismatch", core::make_error(0, "read", tried.address.address, attempt_.spec().port));
}

void Banner::on_error(core::Stream&, const core::Error& err) {
  conclude(core::class_name(core::classify(err)), err);
}

void Banner::on_close(core::Stream&) {
  socket_ = nullptr;
  attempt_.socket_closed();
}

void Attempt::start() {
  timer_ = core::Timer::create(
      loop_,
      [this](core::Timer&) {
        if (connect_) connect_->expire();  // on_done follows at once
        for (auto& b : banners_) b->expire();
      },
      [this](core::Timer&) {
        timer_open_ = false;
        maybe_delete();
      });
  timer_open_ = true;
  (void)timer_->start(static_cast<uint64_t>(spec_.timeout_ms));

  core::ConnectAnyOptions co;
  co.host = spec_.host;
  co.port = spec_.port;
  co.family = spec_.family;
  co.policy = core::ConnectAnyOptions::kFirstOfEachFamily;
  connect_ = core::ConnectAny::start(loop_, std::move(co), this);
}

void Attempt::on_connected(core::ConnectAny& c, core::TcpSocket& socket, const core::ConnectTry& t) {
  const auto index = static_cast<std::size_t>(&t - c.tried().data());
  banners_.push_back(std::make_unique<Banner>(*this, index, ProbeTry{t.address, {}, t.connect_ms, {}}));
  banners_.back()->start(socket);
}

void Attempt::on_done(core::ConnectAny& c, const core::Error& err) {
  connect_ = nullptr;
  result_.dns_ms = c.dns_ms();
  if (c.tried().empty()) {
    // The lookup failed or did not answer in time.
    result_.result = c.timed_out() ? "timeout" : "dns";
    result_.error = err;
    report();
    return;
  }
  connect_tried_ = c.tried();
  connects_done_ = true;
  banner_done();
}

void Attempt::banner_done() {
  if (!connects_done_ || reported_) return;
  for (auto& b : banners_) {
    if (!b->done()) return;
  }
  decide();
}

void Attempt::decide() {
  for (std::size_t i = 0; i < connect_tried_.size(); ++i) {
    const core::ConnectTry& t = connect_tried_[i];
    ProbeTry tried{t.address, core::class_name(core::classify(t.error)), t.connect_ms, t.error};
    for (auto& b : banners_) {
      if (b->index() == i) tried = b->tried;  // connected: the exchange decided
    }
    result_.tried.push_back(std::move(tried));
  }
  settle_on_decisive_try(result_);
  report();
}

void Attempt::report() {
  if (reported_) return;
  reported_ = true;
  result_.elapsed_ms = now_ms() - started_ms_;
  if (timer_) timer_->close();
  timer_ = nullptr;
  ProbeDone done = std::move(done_);
  done(result_);
  maybe_delete();
}

void Attempt::socket_closed() {
  --open_sockets_;
  maybe_delete();
}

void Attempt::maybe_delete() {
  if (reported_ && open_sockets_ == 0 && !timer_open_) delete this;
}

}  // namespace

void settle_on_decisive_try(ProbeResult& result) {
  if (result.tried.empty()) return;
  const ProbeTry* decisive = &result.tried.front();
  for (const ProbeTry& t : result.tried) {
    if (t.result == "open") {
      decisive = &t;
      break;
    }
  }
  result.result = decisive->result;
  result.address = decisive->address;
  result.connect_ms = decisive->connect_ms;
  result.error = decisive->error;
}

void start_probe(core::Loop& loop, const ProbeSpec& spec, ProbeDone done) {
  if (spec.udp) {
    start_udp_probe(loop, spec, std::move(done));
    return;
  }
  auto* attempt = new Attempt(loop, spec, std::move(done));
  attempt->start();
}

}  // namespace netjs::commands

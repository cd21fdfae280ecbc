#include "probe_attempt.h"

#include "core/dns.h"
#include "core/error_class.h"
#include "core/tcp_socket.h"
#include "core/timer.h"
#include "log/log.h"
#include "stats.h"

#include <netinet/in.h>

#include <memory>

namespace netjs::app {

namespace {

class Attempt;

// The connection to one address.
class Candidate final : public core::SocketListener {
 public:
  Candidate(Attempt& attempt, core::Endpoint address) : attempt_(attempt) { tried.address = std::move(address); }
  void start();
  void conclude(const std::string& result, const core::Error& err);  // decided: close the socket
  void expire();                                                     // the attempt's deadline passed
  bool done() const { return !tried.result.empty(); }

  void on_connect(core::TcpSocket& s, const core::Error& err) override;
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override {
    if (err) on_error(s, err);
  }
  void on_shutdown(core::TcpSocket&, const core::Error&) override {}
  void on_timeout(core::TcpSocket&) override {}
  void on_close(core::Stream& s) override;

  ProbeTry tried;

 private:
  Attempt& attempt_;
  core::TcpSocket* socket_ = nullptr;
  double started_ms_ = 0;
  std::string window_;
};

class Attempt {
 public:
  Attempt(core::Loop& loop, ProbeSpec spec, ProbeDone done)
      : loop_(loop), spec_(std::move(spec)), done_(std::move(done)) {}

  void start();
  core::Loop& loop() { return loop_; }
  const ProbeSpec& spec() const { return spec_; }
  void candidate_done();      // a candidate has its result
  void socket_closed();       // a candidate's socket is gone

 private:
  void resolved(const std::vector<core::Endpoint>& addresses);
  void report();
  void maybe_delete();

  core::Loop& loop_;
  ProbeSpec spec_;
  ProbeDone done_;
  ProbeResult result_;
  core::Timer* timer_ = nullptr;
  core::Lookup* lookup_ = nullptr;
  std::vector<std::unique_ptr<Candidate>> candidates_;
  double started_ms_ = now_ms();
  int open_sockets_ = 0;
  bool timer_open_ = false;
  bool reported_ = false;
  friend class Candidate;
};

void Candidate::start() {
  sockaddr_storage ss{};
  int rc = core::to_sockaddr(tried.address.address, attempt_.spec().port, &ss);
  if (rc != 0) {
    conclude("error", core::make_error(rc, "connect", tried.address.address, attempt_.spec().port));
    return;
  }
  socket_ = core::TcpSocket::create(attempt_.loop(), this);
  ++attempt_.open_sockets_;
  started_ms_ = now_ms();
  rc = socket_->connect(reinterpret_cast<sockaddr*>(&ss));
  if (rc != 0) conclude(core::class_name(core::classify(core::make_error(rc, "connect"))),
                        core::make_error(rc, "connect", tried.address.address, attempt_.spec().port));
}

void Candidate::conclude(const std::string& result, const core::Error& err) {
  if (done()) return;
  tried.result = result;
  tried.error = err;
  if (socket_) socket_->close();
  attempt_.candidate_done();
}

void Candidate::expire() {
  if (done()) return;
  const int port = attempt_.spec().port;
  if (tried.connect_ms >= 0) {
    // Connected, but the banner never came.
    conclude("mismatch", core::timeout_error("read", tried.address.address, port));
  } else {
    conclude("timeout", core::timeout_error("connect", tried.address.address, port));
  }
}

void Candidate::on_connect(core::TcpSocket& s, const core::Error& err) {
  if (err) {
    conclude(core::class_name(core::classify(err)), err);
    return;
  }
  tried.connect_ms = now_ms() - started_ms_;
  const ProbeSpec& spec = attempt_.spec();
  if (spec.send.empty() && spec.expect.empty()) {
    conclude("open", {});
    return;
  }
  if (!spec.send.empty()) {
    int rc = s.write(core::make_chunk(spec.send));
    if (rc < 0) {
      on_error(s, core::make_error(rc, "write", tried.address.address, spec.port));
      return;
    }
  }
  if (spec.expect.empty()) {
    conclude("open", {});
    return;
  }
  if (int rc = s.read_start(); rc != 0) on_error(s, core::make_error(rc, "read", tried.address.address, spec.port));
}

void Candidate::on_data(core::Stream&, const char* data, std::size_t len) {
  const std::string& expect = attempt_.spec().expect;
  window_.append(data, len);
  if (window_.find(expect) != std::string::npos) {
    conclude("open", {});
    return;
  }
  if (window_.size() >= expect.size()) window_.erase(0, window_.size() - expect.size() + 1);
}

void Candidate::on_end(core::Stream&) {
  conclude("mismatch", core::make_error(0, "read", tried.address.address, attempt_.spec().port));
}

void Candidate::on_error(core::Stream&, const core::Error& err) {
  conclude(core::class_name(core::classify(err)), err);
}

void Candidate::on_close(core::Stream&) {
  socket_ = nullptr;
  attempt_.socket_closed();
}

void Attempt::start() {
  timer_ = core::Timer::create(
      loop_,
      [this](core::Timer&) {
        if (lookup_) {
          lookup_->close();  // its callback still runs (ECANCELED) and finds the attempt reported
          result_.result = "timeout";
          result_.error = core::timeout_error("getaddrinfo", spec_.host);
          report();
          return;
        }
        for (auto& c : candidates_) c->expire();
      },
      [this](core::Timer&) {
        timer_open_ = false;
        maybe_delete();
      });
  timer_open_ = true;
  (void)timer_->start(static_cast<uint64_t>(spec_.timeout_ms));

  if (core::ip_family(spec_.host) != 0) {
    resolved({core::Endpoint{spec_.host, 0, core::ip_family(spec_.host)}});
    return;
  }
  core::LookupOptions lo;
  lo.family = spec_.family;
  int err = 0;
  const double t0 = now_ms();
  lookup_ = core::Lookup::start(loop_, spec_.host, lo, [this, t0](const core::Error& e, const std::vector<core::Endpoint>& addrs) {
    lookup_ = nullptr;
    if (reported_) {
      maybe_delete();
      return;
    }
    result_.dns_ms = now_ms() - t0;
    if (e) {
      result_.result = "dns";
      result_.error = e;
      report();
      return;
    }
    resolved(addrs);
  }, &err);
  if (!lookup_) {
    result_.result = "dns";
    result_.error = core::make_error(err, "getaddrinfo", spec_.host);
    report();
  }
}

void Attempt::resolved(const std::vector<core::Endpoint>& addresses) {
  bool have4 = false, have6 = false;
  for (const auto& a : addresses) {
    bool& have = a.family == 4 ? have4 : have6;
    if (have) continue;  // the first address of each family speaks for it
    have = true;
    candidates_.push_back(std::make_unique<Candidate>(*this, a));
  }
  // Start after the list is complete: a candidate may conclude synchronously.
  for (std::size_t i = 0; i < candidates_.size() && !reported_; ++i) candidates_[i]->start();
}

void Attempt::candidate_done() {
  for (auto& c : candidates_) {
    if (!c->done()) return;
  }
  // First open address in resolver order wins; with none open, the first address speaks.
  const Candidate* decisive = candidates_.front().get();
  for (auto& c : candidates_) {
    if (c->tried.result == "open") {
      decisive = c.get();
      break;
    }
  }
  result_.result = decisive->tried.result;
  result_.address = decisive->tried.address;
  result_.connect_ms = decisive->tried.connect_ms;
  result_.error = decisive->tried.error;
  for (auto& c : candidates_) result_.tried.push_back(c->tried);
  report();
}

void Attempt::report() {
  if (reported_) return;
  reported_ = true;
  result_.elapsed_ms = now_ms() - started_ms_;
  if (timer_) timer_->close();
  timer_ = nullptr;
  // Close whatever is still connecting (a timed-out DNS case has no candidates).
  for (auto& c : candidates_) c->expire();
  ProbeDone done = std::move(done_);
  done(result_);
  maybe_delete();
}

void Attempt::socket_closed() {
  --open_sockets_;
  maybe_delete();
}

void Attempt::maybe_delete() {
  if (reported_ && open_sockets_ == 0 && !timer_open_ && !lookup_) delete this;
}

}  // namespace

void start_probe(core::Loop& loop, const ProbeSpec& spec, ProbeDone done) {
  auto* attempt = new Attempt(loop, spec, std::move(done));
  attempt->start();
}

}  // namespace netjs::app

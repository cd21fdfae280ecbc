#include "commands/udp_probe_attempt.h"

#include "commands/stats.h"
#include "core/dns.h"
#include "core/error_class.h"
#include "core/timer.h"
#include "core/udp_socket.h"

#include <memory>

namespace netjs::commands {

namespace {

class UdpAttempt;

// One address: a connected socket, the datagram sent, waiting for the answer.
class UdpTry final : public core::UdpListener {
 public:
  UdpTry(UdpAttempt& attempt, const core::Endpoint& address) : attempt_(attempt) { tried.address = address; }
  void start();
  void conclude(const std::string& result, const core::Error& err);
  void expire();
  bool done() const { return !tried.result.empty(); }

  void on_message(core::UdpSocket&, const char* data, std::size_t len, const core::Endpoint&) override;
  void on_receive_error(core::UdpSocket&, const core::Error& err) override;
  void on_send_done(core::UdpSocket&, uint32_t, const core::Error& err, std::size_t) override {
    if (err) fail(err);
  }
  void on_close(core::UdpSocket&) override;

  ProbeTry tried;

 private:
  void fail(const core::Error& err);

  UdpAttempt& attempt_;
  core::UdpSocket* socket_ = nullptr;
  double sent_ms_ = 0;
};

class UdpAttempt {
 public:
  UdpAttempt(core::Loop& loop, ProbeSpec spec, ProbeDone done) : loop_(loop), spec_(std::move(spec)), done_(std::move(done)) {}

  void start();
  core::Loop& loop() { return loop_; }
  const ProbeSpec& spec() const { return spec_; }
  void socket_opened() { ++open_sockets_; }
  void socket_closed() {
    --open_sockets_;
    maybe_delete();
  }
  void try_done();

 private:
  void resolved(const std::vector<core::Endpoint>& addresses);
  void decide();
  void report();
  void maybe_delete();

  core::Loop& loop_;
  ProbeSpec spec_;
  ProbeDone done_;
  ProbeResult result_;
  core::Timer* timer_ = nullptr;
  core::Lookup* lookup_ = nullptr;
  std::vector<std::unique_ptr<UdpTry>> tries_;
  double started_ms_ = now_ms();
  int open_sockets_ = 0;
  bool timer_open_ = false;
  bool lookup_open_ = false;  // its callback is still to come (also after a cancel)
  bool starting_ = false;
  bool reported_ = false;
};

void UdpTry::start() {
  const ProbeSpec& spec = attempt_.spec();
  sockaddr_storage peer{};
  int rc = core::to_sockaddr(tried.address.address, spec.port, &peer);
  if (rc != 0) {
    fail(core::make_error(rc, "connect", tried.address.address, spec.port));
    return;
  }
  socket_ = core::UdpSocket::create(attempt_.loop(), this);
  attempt_.socket_opened();
  // Connected: the kernel hands an ICMP port unreachable back as ECONNREFUSED, and only the target's
  // datagrams arrive.
  rc = socket_->connect(reinterpret_cast<sockaddr*>(&peer));
  if (rc != 0) {
    fail(core::make_error(rc, "connect", tried.address.address, spec.port));
    return;
  }
  rc = socket_->receive_start();
  if (rc != 0) {
    fail(core::make_error(rc, "recvmsg", tried.address.address, spec.port));
    return;
  }
  sent_ms_ = now_ms();
  core::ConstBuffer piece{spec.send.data(), spec.send.size()};
  rc = socket_->send(&piece, 1, nullptr, 0);
  if (rc < 0 && rc != core::UdpSocket::kQueued) fail(core::make_error(rc, "send", tried.address.address, spec.port));
}

void UdpTry::conclude(const std::string& result, const core::Error& err) {
  if (done()) return;
  tried.result = result;
  tried.error = err;
  if (socket_) socket_->close();
  attempt_.try_done();
}

void UdpTry::fail(const core::Error& err) {
  core::Error named = err;
  if (named.address.empty()) {
    named.address = tried.address.address;
    named.port = attempt_.spec().port;
  }
  conclude(core::class_name(core::classify(named)), named);
}

void UdpTry::expire() {
  if (!done()) conclude("no-answer", core::timeout_error("recvmsg", tried.address.address, attempt_.spec().port));
}

void UdpTry::on_message(core::UdpSocket&, const char* data, std::size_t len, const core::Endpoint&) {
  if (done()) return;
  tried.connect_ms = now_ms() - sent_ms_;
  // The first reply decides: a service answers a request with one datagram.
  const std::string& expect = attempt_.spec().expect;
  if (expect.empty() || std::string(data, len).find(expect) != std::string::npos) {
    conclude("open", {});
  } else {
    conclude("mismatch", core::make_error(0, "recvmsg", tried.address.address, attempt_.spec().port));
  }
}

void UdpTry::on_receive_error(core::UdpSocket&, const core::Error& err) { fail(err); }

void UdpTry::on_close(core::UdpSocket&) {
  socket_ = nullptr;
  attempt_.socket_closed();
}

void UdpAttempt::start() {
  timer_ = core::Timer::create(
      loop_,
      [this](core::Timer&) {
        if (lookup_) {
          // Still resolving: the attempt as a whole timed out, as a TCP probe's lookup does.
          lookup_->close();
          lookup_ = nullptr;
          result_.result = "timeout";
          result_.error = core::timeout_error("getaddrinfo", spec_.host);
          report();
          return;
        }
        for (auto& t : tries_) t->expire();
      },
      [this](core::Timer&) {
        timer_open_ = false;
        maybe_delete();
      });
  timer_open_ = true;
  (void)timer_->start(static_cast<uint64_t>(spec_.timeout_ms));

  const int family = core::ip_family(spec_.host);
  if (family != 0) {
    resolved({core::Endpoint{spec_.host, 0, family}});
    return;
  }
  core::LookupOptions lo;
  lo.family = spec_.family;
  int err = 0;
  const double asked_ms = now_ms();
  lookup_ = core::Lookup::start(loop_, spec_.host, lo, [this, asked_ms](const core::Error& e,
                                                                        const std::vector<core::Endpoint>& addrs) {
    lookup_open_ = false;
    if (!lookup_) {  // cancelled by the deadline, which has reported
      maybe_delete();
      return;
    }
    lookup_ = nullptr;
    result_.dns_ms = now_ms() - asked_ms;
    if (e) {
      result_.result = "dns";
      result_.error = e;
      report();
      return;
    }
    resolved(addrs);
  }, &err);
  lookup_open_ = lookup_ != nullptr && err == 0;
  if (err != 0) {
    lookup_ = nullptr;
    result_.result = "dns";
    result_.error = core::make_error(err, "getaddrinfo", spec_.host);
    report();
  }
}

void UdpAttempt::resolved(const std::vector<core::Endpoint>& addresses) {
  // The first address of each family, in the resolver's order, as the TCP probe tries them.
  bool seen4 = false, seen6 = false;
  for (const core::Endpoint& a : addresses) {
    bool& seen = a.family == 6 ? seen6 : seen4;
    if (seen) continue;
    seen = true;
    core::Endpoint with_port = a;
    with_port.port = spec_.port;
    tries_.push_back(std::make_unique<UdpTry>(*this, with_port));
  }
  // A try may conclude while starting (a send refused at once): decide only once all have started.
  if (tries_.empty()) {
    result_.result = "dns";
    result_.error = core::make_error(UV_EAI_NONAME, "getaddrinfo", spec_.host);
    report();
    return;
  }
  starting_ = true;
  for (auto& t : tries_) t->start();
  starting_ = false;
  try_done();
}

void UdpAttempt::try_done() {
  if (starting_ || reported_) return;
  for (auto& t : tries_) {
    if (!t->done()) return;
  }
  decide();
}

void UdpAttempt::decide() {
  for (auto& t : tries_) result_.tried.push_back(t->tried);
  settle_on_decisive_try(result_);
  report();
}

void UdpAttempt::report() {
  if (reported_) return;
  reported_ = true;
  result_.elapsed_ms = now_ms() - started_ms_;
  if (timer_) timer_->close();
  timer_ = nullptr;
  ProbeDone done = std::move(done_);
  done(result_);
  maybe_delete();
}

void UdpAttempt::maybe_delete() {
  if (reported_ && open_sockets_ == 0 && !timer_open_ && !lookup_open_) delete this;
}

}  // namespace

void start_udp_probe(core::Loop& loop, const ProbeSpec& spec, ProbeDone done) {
  auto* attempt = new UdpAttempt(loop, spec, std::move(done));
  attempt->start();
}

}  // namespace netjs::commands

#include "connect_session.h"

#include "core/address.h"
#include "core/dns.h"
#include "core/error_class.h"
#include "core/fd_stream.h"
#include "core/tcp_socket.h"
#include "core/timer.h"
#include "exit_codes.h"
#include "log/log.h"
#include "output.h"
#include "stats.h"

#include <netinet/in.h>

#include <vector>

namespace netjs::app {

namespace {

// Above this many bytes waiting for the slower side, stop reading the faster one.
constexpr std::size_t kHighWater = 256 * 1024;

std::string format_endpoint(const std::string& address, int port) {
  return (address.find(':') != std::string::npos ? "[" + address + "]" : address) + ":" + std::to_string(port);
}

class Session final : public core::SocketListener {
 public:
  Session(core::Loop& loop, const ConnectPlan& plan)
      : loop_(loop), plan_(plan), opts_(*plan.opts), out_("connect", opts_.common.json, opts_.common.quiet) {}

  void start();
  int exit_code() const { return exit_code_; }

  // SocketListener; its stream events come from the input (stdin or --send-file) and stdout too,
  // which go on to the fd_* methods
  void on_connect(core::TcpSocket& s, const core::Error& err) override;
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_shutdown(core::TcpSocket& s, const core::Error& err) override;
  void on_timeout(core::TcpSocket& s) override;
  void on_close(core::Stream& s) override {
    if (&s == socket_) socket_ = nullptr;
    if (&s == input_) input_ = nullptr;
    if (&s == stdout_) stdout_ = nullptr;
  }

 private:
  bool is_fd(const core::Stream& s) const { return &s == input_ || &s == stdout_; }
  void fd_data(core::Stream& s, const char* data, std::size_t len);
  void fd_end(core::Stream& s);
  void fd_error(core::Stream& s, const core::Error& err);
  void fd_drain(core::Stream& s);

  void resolved(const std::vector<core::Endpoint>& addresses);
  void try_next();
  void connected();
  void start_input();
  void input_ended();
  void check_expect(const char* data, std::size_t len);
  void fail(const core::Error& err);
  void finish(int code);

  core::Loop& loop_;
  const ConnectPlan& plan_;
  const ConnectOptions& opts_;
  Output out_;
  core::Timer* timer_ = nullptr;
  core::Lookup* lookup_ = nullptr;
  core::TcpSocket* socket_ = nullptr;
  core::FdStream* input_ = nullptr;
  core::FdStream* stdout_ = nullptr;
  std::vector<core::Endpoint> addresses_;
  std::size_t next_ = 0;
  core::Endpoint target_;
  core::Error last_error_;
  std::string window_;  // the tail of the reply, for --expect across reads
  double started_ms_ = now_ms();
  double dns_ms_ = -1;
  double connect_started_ms_ = 0;
  bool connected_ = false;
  bool input_done_ = false;
  bool exit_after_writes_ = false;
  bool paused_for_stdout_ = false;
  bool paused_for_socket_ = false;
  bool finished_ = false;
  int exit_code_ = kExitOk;
};

void Session::start() {
  if (opts_.timeout > 0) {
    timer_ = core::Timer::create(loop_, [this](core::Timer&) {
      if (finished_) return;
      if (!connected_) {
        // Still resolving or still connecting: either way the connect as a whole timed out.
        fail(core::timeout_error("connect", socket_ ? target_.address : opts_.host, plan_.port));
      } else {
        out_.failure("EXPECT", "'" + opts_.expect + "' not received within " + format_ms(opts_.timeout * 1000));
        finish(kExitMismatch);
      }
    });
    (void)timer_->start(static_cast<uint64_t>(opts_.timeout * 1000));
  }
  const int family = opts_.common.family();
  if (core::ip_family(opts_.host) != 0) {
    resolved({core::Endpoint{opts_.host, 0, core::ip_family(opts_.host)}});
    return;
  }
  core::LookupOptions lo;
  lo.family = family;
  int err = 0;
  const double t0 = now_ms();
  lookup_ = core::Lookup::start(loop_, opts_.host, lo, [this, t0](const core::Error& e, const std::vector<core::Endpoint>& addrs) {
    lookup_ = nullptr;
    if (finished_) return;
    dns_ms_ = now_ms() - t0;
    if (e) {
      fail(e);
      return;
    }
    resolved(addrs);
  }, &err);
  if (!lookup_) fail(core::make_error(err, "getaddrinfo", opts_.host));
}

void Session::resolved(const std::vector<core::Endpoint>& addresses) {
  const int source_family = plan_.source_host.empty() ? 0 : core::ip_family(plan_.source_host);
  for (const auto& a : addresses) {
    if (source_family == 0 || a.family == source_family) addresses_.push_back(a);
  }
  if (addresses_.empty()) {
    fail(core::family_error("connect", opts_.host, plan_.port));
    return;
  }
  try_next();
}

void Session::try_next() {
  if (finished_) return;
  if (next_ >= addresses_.size()) {
    fail(last_error_);
    return;
  }
  target_ = addresses_[next_++];
  target_.port = plan_.port;
  sockaddr_storage peer{};
  int rc = core::to_sockaddr(target_.address, plan_.port, &peer);
  socket_ = core::TcpSocket::create(loop_, this);
  if (rc == 0 && !plan_.source_host.empty()) {
    sockaddr_storage local{};
    rc = core::to_sockaddr(plan_.source_host, plan_.source_port, &local);
    if (rc == 0) rc = socket_->bind(reinterpret_cast<sockaddr*>(&local));
    if (rc != 0) {
      last_error_ = core::make_error(rc, "bind", plan_.source_host, plan_.source_port);
      socket_->close();
      socket_ = nullptr;
      try_next();
      return;
    }
  }
  connect_started_ms_ = now_ms();
  log::get()->info("connect: trying {}", format_endpoint(target_.address, plan_.port));
  if (rc == 0) rc = socket_->connect(reinterpret_cast<sockaddr*>(&peer));
  if (rc != 0) {
    last_error_ = core::make_error(rc, "connect", target_.address, plan_.port);
    socket_->close();
    socket_ = nullptr;
    try_next();
  }
}

void Session::on_connect(core::TcpSocket& s, const core::Error& err) {
  if (finished_ || &s != socket_) return;
  if (err) {
    log::get()->info("connect: {}", err.message());
    last_error_ = err;
    socket_->close();
    socket_ = nullptr;
    try_next();
    return;
  }
  connected();
}

void Session::connected() {
  connected_ = true;
  const double connect_ms = now_ms() - connect_started_ms_;
  core::Endpoint local = socket_->local_endpoint();
  log::get()->info("connect: connected to {} from {} in {}", format_endpoint(target_.address, plan_.port),
                   format_endpoint(local.address, local.port), format_ms(connect_ms));
  JsonLine ev("connect");
  ev.str("host", opts_.host).str("address", target_.address).integer("port", plan_.port)
      .integer("family", target_.family).str("local_address", local.address).integer("local_port", local.port);
  if (dns_ms_ >= 0) ev.number("dns_ms", dns_ms_);
  else ev.null("dns_ms");
  out_.event(ev.number("connect_ms", connect_ms));

  if (timer_) {
    if (!plan_.expect.empty()) (void)timer_->start(static_cast<uint64_t>(opts_.timeout * 1000));
    else timer_->stop();
  }
  if (opts_.keepalive && socket_->set_keepalive(true, 0) != 0) log::get()->warn("connect: cannot enable keepalive");
  if (opts_.nodelay && socket_->set_no_delay(true) != 0) log::get()->warn("connect: cannot set TCP_NODELAY");
  if (opts_.idle_timeout > 0) socket_->set_idle_timeout(static_cast<uint64_t>(opts_.idle_timeout * 1000));
  if (!opts_.common.json) {
    int err = 0;
    stdout_ = core::FdStream::open(loop_, 1, this, &err);
    if (!stdout_) {
      fail(core::make_error(err, "open", "stdout"));
      return;
    }
  }
  int rc = socket_->read_start();
  if (rc != 0) {
    fail(core::make_error(rc, "read", target_.address, plan_.port));
    return;
  }
  start_input();
}

void Session::start_input() {
  if (opts_.has_send) {
    if (!plan_.send.empty()) {
      out_.event(JsonLine("data").str("direction", "out").integer("bytes", static_cast<int64_t>(plan_.send.size())));
      int rc = socket_->write(core::make_chunk(plan_.send));
      if (rc < 0) {
        fail(core::make_error(rc, "write", target_.address, plan_.port));
        return;
      }
    }
    input_ended();
    return;
  }
  int err = 0;
  if (!opts_.send_file.empty()) input_ = core::FdStream::open_file(loop_, opts_.send_file, this, &err);
  else input_ = core::FdStream::open(loop_, 0, this, &err);
  if (!input_) {
    fail(core::make_error(err, "open", opts_.send_file.empty() ? "stdin" : opts_.send_file));
    return;
  }
  (void)input_->read_start();
}

void Session::fd_data(core::Stream& s, const char* data, std::size_t len) {
  if (&s != input_ || finished_ || !socket_) return;
  out_.event(JsonLine("data").str("direction", "out").integer("bytes", static_cast<int64_t>(len)));
  int rc = socket_->write(core::make_chunk(std::string(data, len)));
  if (rc < 0) {
    fail(core::make_error(rc, "write", target_.address, plan_.port));
    return;
  }
  if (rc == core::TcpSocket::kQueued && socket_->queued_bytes() > kHighWater) {
    paused_for_socket_ = true;
    (void)input_->read_stop();
  }
}

void Session::fd_end(core::Stream& s) {
  if (&s != input_) return;
  input_->close();
  input_ended();
}

void Session::input_ended() {
  if (input_done_ || finished_) return;
  input_done_ = true;
  log::get()->info("connect: end of input, --on-eof {}", opts_.on_eof);
  if (opts_.on_eof == "shutdown") {
    int rc = socket_->shutdown();
    if (rc != 0) fail(core::make_error(rc, "shutdown", target_.address, plan_.port));
  } else if (opts_.on_eof == "exit") {
    if (socket_->queued_bytes() == 0) finish(kExitOk);
    else exit_after_writes_ = true;
  }
}

void Session::fd_error(core::Stream& s, const core::Error& err) {
  if (&s == stdout_) {
    // stdout's reader went away (`| head`): nothing more to deliver, as for nc.
    log::get()->info("connect: stdout: {}", err.message());
    finish(kExitOk);
    return;
  }
  log::get()->warn("connect: input: {}", err.message());
  if (input_) input_->close();
  input_ended();
}

void Session::fd_drain(core::Stream& s) {
  if (&s != stdout_) return;
  if (finished_) {
    stdout_->close();
    return;
  }
  if (paused_for_stdout_ && socket_) {
    paused_for_stdout_ = false;
    (void)socket_->read_start();
  }
}

void Session::on_data(core::Stream& s, const char* data, std::size_t len) {
  if (is_fd(s)) {
    fd_data(s, data, len);
    return;
  }
  if (finished_) return;
  out_.event(JsonLine("data").str("direction", "in").integer("bytes", static_cast<int64_t>(len)));
  if (stdout_) {
    int rc = stdout_->write(core::make_chunk(std::string(data, len)));
    if (rc < 0) {
      fd_error(*stdout_, core::make_error(rc, "write", "stdout"));
      return;
    }
    if (rc == core::FdStream::kQueued && stdout_->queued_bytes() > kHighWater) {
      paused_for_stdout_ = true;
      (void)s.read_stop();
    }
  }
  if (!plan_.expect.empty()) check_expect(data, len);
}

void Session::check_expect(const char* data, std::size_t len) {
  window_.append(data, len);
  if (window_.find(plan_.expect) != std::string::npos) {
    log::get()->info("connect: expected text received");
    out_.event(JsonLine("expect").boolean("matched", true).str("text", opts_.expect));
    finish(kExitOk);
    return;
  }
  // Keep only what could start a match that the next read completes.
  if (window_.size() >= plan_.expect.size()) window_.erase(0, window_.size() - plan_.expect.size() + 1);
}

void Session::on_end(core::Stream& s) {
  if (is_fd(s)) {
    fd_end(s);
    return;
  }
  log::get()->info("connect: the peer closed its side");
  out_.event(JsonLine("end").str("by", "peer"));
  if (!plan_.expect.empty()) {
    out_.failure("EXPECT", "connection closed before '" + opts_.expect + "' arrived");
    finish(kExitMismatch);
    return;
  }
  finish(kExitOk);
}

void Session::on_error(core::Stream& s, const core::Error& err) {
  if (is_fd(s)) {
    fd_error(s, err);
    return;
  }
  fail(err);
}

void Session::on_write_done(core::Stream& s, const core::Error& err) {
  if (is_fd(s)) {  // stdout: a failed write is its error; done when nothing is left
    if (err) fd_error(s, err);
    else if (s.queued_bytes() == 0) fd_drain(s);
    return;
  }
  if (err) {
    fail(err);
    return;
  }
  if (s.queued_bytes() > 0) return;
  if (exit_after_writes_) {
    finish(kExitOk);
  } else if (paused_for_socket_ && input_) {
    paused_for_socket_ = false;
    (void)input_->read_start();
  }
}

void Session::on_shutdown(core::TcpSocket&, const core::Error& err) {
  if (err) {
    fail(err);
    return;
  }
  out_.event(JsonLine("end").str("by", "local"));
}

void Session::on_timeout(core::TcpSocket&) {
  out_.event(JsonLine("timeout").str("kind", "idle"));
  out_.failure("ETIMEDOUT", "idle timeout: no data for " + format_ms(opts_.idle_timeout * 1000));
  finish(kExitTimeout);
}

void Session::fail(const core::Error& err) {
  if (finished_) return;
  out_.error(err);
  finish(exit_code_for(core::classify(err)));
}

void Session::finish(int code) {
  if (finished_) return;
  finished_ = true;
  exit_code_ = code;
  if (timer_) timer_->close();
  if (lookup_) lookup_->close();
  if (input_) input_->close();
  if (socket_) {
    if (connected_) {
      out_.event(JsonLine("close").integer("bytes_in", static_cast<int64_t>(socket_->bytes_read()))
                     .integer("bytes_out", static_cast<int64_t>(socket_->bytes_written()))
                     .number("duration_ms", now_ms() - started_ms_).integer("exit_code", code));
    }
    socket_->close();
  }
  // What the peer sent still reaches stdout before we exit.
  if (stdout_ && stdout_->queued_bytes() == 0) stdout_->close();
}

}  // namespace

int run_connect_session(const ConnectPlan& plan) {
  core::Loop loop;
  int code;
  {
    Session session(loop, plan);
    session.start();
    loop.run();
    code = session.exit_code();
    loop.close_all();
  }
  int rc = loop.close();
  if (rc != 0) log::get()->error("event loop did not close cleanly: {}", core::make_error(rc, "uv_loop_close").name());
  return code;
}

}  // namespace netjs::app

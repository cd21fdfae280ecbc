#include "commands/udp_connect.h"

#include "commands/exit_codes.h"
#include "commands/expect_window.h"
#include "commands/hex_dump.h"
#include "commands/line_datagrams.h"
#include "commands/loop_run.h"
#include "commands/output.h"
#include "commands/stats.h"
#include "core/address.h"
#include "core/dns.h"
#include "core/error_class.h"
#include "core/fd_stream.h"
#include "core/timer.h"
#include "core/udp_socket.h"
#include "log/log.h"

#include <fstream>
#include <iterator>
#include <memory>

namespace netjs::commands {

namespace {

// Above this many bytes waiting (for the kernel, or for stdout), stop reading the other side.
constexpr std::size_t kHighWater = 256 * 1024;

class UdpSession final : public core::UdpListener, public core::StreamListener {
 public:
  UdpSession(core::Loop& loop, const ConnectPlan& plan, std::string file_payload, bool has_file)
      : loop_(loop), plan_(plan), opts_(*plan.opts), out_("connect", opts_.common.json, opts_.common.quiet),
        file_payload_(std::move(file_payload)), has_file_(has_file) {}

  void start();
  int exit_code() const { return exit_code_; }

  // UdpListener
  void on_message(core::UdpSocket&, const char* data, std::size_t len, const core::Endpoint&) override;
  void on_receive_error(core::UdpSocket&, const core::Error& err) override { fail(err); }
  void on_send_done(core::UdpSocket&, uint32_t, const core::Error& err, std::size_t bytes) override;
  void on_close(core::UdpSocket&) override { socket_ = nullptr; }

  // StreamListener: stdin and stdout
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_close(core::Stream& s) override {
    if (&s == input_) input_ = nullptr;
    if (&s == stdout_) stdout_ = nullptr;
  }

 private:
  void connect_to(const core::Endpoint& address);
  void start_input();
  void send(const std::string& datagram);
  void input_ended();
  void arm_timer(uint64_t ms);
  void timer_fired();
  void check_expect(const char* data, std::size_t len);
  void fail(const core::Error& err);
  void finish(int code);

  enum class Wait { kConnect, kExpect, kReplies, kNone };

  core::Loop& loop_;
  const ConnectPlan& plan_;
  const ConnectOptions& opts_;
  Output out_;
  std::string file_payload_;
  bool has_file_;
  core::Lookup* lookup_ = nullptr;
  core::UdpSocket* socket_ = nullptr;
  core::FdStream* input_ = nullptr;
  core::FdStream* stdout_ = nullptr;
  core::Timer* timer_ = nullptr;
  core::Timer* idle_timer_ = nullptr;
  Wait waiting_for_ = Wait::kNone;
  LineDatagrams lines_{kMaxDatagram};
  std::unique_ptr<HexDumpWriter> dump_;  // --hexdump: one chunk per datagram, from the moment of connecting
  core::Endpoint target_;
  ExpectWindow expect_window_;
  uint64_t datagrams_in_ = 0, datagrams_out_ = 0, bytes_in_ = 0, bytes_out_ = 0;
  double started_ms_ = now_ms();
  double dns_ms_ = -1;
  bool connected_ = false;
  bool input_done_ = false;
  bool paused_for_socket_ = false;
  bool paused_for_stdout_ = false;
  bool finished_ = false;
  int exit_code_ = kExitOk;
};

void UdpSession::start() {
  if (opts_.timeout > 0) {
    waiting_for_ = Wait::kConnect;
    arm_timer(static_cast<uint64_t>(opts_.timeout * 1000));
  }
  if (core::ip_family(opts_.host) != 0) {
    connect_to(core::Endpoint{opts_.host, plan_.port, core::ip_family(opts_.host)});
    return;
  }
  core::LookupOptions lo;
  lo.family = opts_.common.family();
  int err = 0;
  const double asked_ms = now_ms();
  lookup_ = core::Lookup::start(loop_, opts_.host, lo, [this, asked_ms](const core::Error& e,
                                                                         const std::vector<core::Endpoint>& addrs) {
    lookup_ = nullptr;
    if (finished_) return;
    if (e) {
      fail(e);
      return;
    }
    log::get()->info("connect: {} resolved in {}", opts_.host, format_ms(now_ms() - asked_ms));
    // UDP has no handshake to tell a working address from a dead one: the first answer is used, as nc.
    core::Endpoint first = addrs.front();
    first.port = plan_.port;
    dns_ms_ = now_ms() - asked_ms;
    connect_to(first);
  }, &err);
  if (err != 0) fail(core::make_error(err, "getaddrinfo", opts_.host));
}

void UdpSession::connect_to(const core::Endpoint& address) {
  if (finished_) return;
  target_ = address;
  sockaddr_storage peer{};
  int rc = core::to_sockaddr(address.address, plan_.port, &peer);
  if (rc != 0) {
    fail(core::make_error(rc, "connect", address.address, plan_.port));
    return;
  }
  socket_ = core::UdpSocket::create(loop_, this);
  if (!plan_.source_host.empty()) {
    sockaddr_storage local{};
    rc = core::to_sockaddr(plan_.source_host, plan_.source_port, &local);
    if (rc == 0) rc = socket_->bind(reinterpret_cast<sockaddr*>(&local), 0);
    if (rc != 0) {
      fail(core::make_error(rc, "bind", plan_.source_host, plan_.source_port));
      return;
    }
  }
  // A connected UDP socket: only the peer's datagrams arrive, and the kernel reports its ICMP port
  // unreachable as ECONNREFUSED on the next receive or send.
  rc = socket_->connect(reinterpret_cast<sockaddr*>(&peer));
  if (rc == 0) rc = socket_->receive_start();
  if (rc != 0) {
    fail(core::make_error(rc, "connect", address.address, plan_.port));
    return;
  }
  connected_ = true;
  if (plan_.hexdump) dump_ = std::make_unique<HexDumpWriter>(plan_.hexdump, now_ms());
  core::Endpoint local = socket_->local_endpoint();
  log::get()->info("connect: udp to {} from {}", core::host_port(address.address, plan_.port),
                   core::host_port(local.address, local.port));
  JsonLine ev = out_.line("connect");
  ev.str("host", opts_.host).str("address", address.address).integer("port", plan_.port)
      .integer("family", address.family).str("local_address", local.address).integer("local_port", local.port);
  if (dns_ms_ >= 0) ev.number("dns_ms", dns_ms_);
  else ev.null("dns_ms");
  out_.event(ev.null("connect_ms").str("protocol", "udp"));

  if (!plan_.expect.empty() && opts_.timeout > 0) {
    waiting_for_ = Wait::kExpect;
    arm_timer(static_cast<uint64_t>(opts_.timeout * 1000));
  } else {
    waiting_for_ = Wait::kNone;
    if (timer_) (void)timer_->stop();
  }
  if (opts_.idle_timeout > 0) {
    idle_timer_ = core::Timer::create(loop_, [this](core::Timer&) {
      out_.event(out_.line("timeout").str("kind", "idle"));
      out_.failure("ETIMEDOUT", "timeout", "idle timeout: no datagram for " + format_ms(opts_.idle_timeout * 1000),
                   target_.address, plan_.port);
      finish(kExitTimeout);
    });
    (void)idle_timer_->start(static_cast<uint64_t>(opts_.idle_timeout * 1000));
  }
  if (!opts_.common.json) {
    int err = 0;
    stdout_ = core::FdStream::open(loop_, 1, this, &err);
    if (!stdout_) {
      fail(core::make_error(err, "open", "stdout"));
      return;
    }
  }
  start_input();
}

void UdpSession::start_input() {
  if (opts_.has_send || has_file_) {
    send(has_file_ ? file_payload_ : plan_.send);
    input_ended();
    return;
  }
  int err = 0;
  input_ = core::FdStream::open(loop_, 0, this, &err);
  if (!input_) {
    fail(core::make_error(err, "open", "stdin"));
    return;
  }
  (void)input_->read_start();
}

void UdpSession::send(const std::string& datagram) {
  if (finished_ || !socket_) return;
  out_.event(out_.line("data").str("direction", "out").integer("bytes", static_cast<int64_t>(datagram.size())));
  if (dump_) dump_->dump(DumpDirection::kOut, datagram.data(), datagram.size());
  core::ConstBuffer piece{datagram.data(), datagram.size()};
  int rc = socket_->send(&piece, 1, nullptr, 0);
  if (rc < 0 && rc != core::UdpSocket::kQueued) {
    fail(core::make_error(rc, "send", target_.address, plan_.port));
    return;
  }
  if (idle_timer_) (void)idle_timer_->start(static_cast<uint64_t>(opts_.idle_timeout * 1000));
  if (rc == core::UdpSocket::kQueued) {
    if (socket_->send_queue_size() > kHighWater && input_) {
      paused_for_socket_ = true;
      (void)input_->read_stop();
    }
    return;
  }
  ++datagrams_out_;
  bytes_out_ += datagram.size();
}

void UdpSession::on_send_done(core::UdpSocket& s, uint32_t, const core::Error& err, std::size_t bytes) {
  if (finished_) return;
  if (err) {
    fail(core::make_error(err.code, err.syscall, target_.address, plan_.port));
    return;
  }
  ++datagrams_out_;
  bytes_out_ += bytes;
  if (paused_for_socket_ && s.send_queue_size() == 0 && input_) {
    paused_for_socket_ = false;
    (void)input_->read_start();
  }
}

void UdpSession::on_data(core::Stream& s, const char* data, std::size_t len) {
  if (&s != input_ || finished_) return;
  for (const std::string& line : lines_.add(data, len)) send(line);
}

void UdpSession::on_end(core::Stream& s) {
  if (&s != input_) return;
  for (const std::string& line : lines_.finish()) send(line);
  if (input_) input_->close();
  input_ended();
}

void UdpSession::on_error(core::Stream& s, const core::Error& err) {
  if (&s == stdout_) {
    log::get()->info("connect: stdout: {}", err.message());
    finish(kExitOk);
    return;
  }
  log::get()->warn("connect: input: {}", err.message());
  if (input_) input_->close();
  input_ended();
}

void UdpSession::input_ended() {
  if (input_done_ || finished_) return;
  input_done_ = true;
  out_.event(out_.line("end").str("by", "local"));
  // UDP has no FIN to wait for: replies may still be on their way, so wait --timeout for them (or for
  // --expect, whose own wait is already running).
  if (waiting_for_ == Wait::kExpect) return;
  if (opts_.timeout > 0) {
    log::get()->info("connect: end of input; waiting {} for replies", format_ms(opts_.timeout * 1000));
    waiting_for_ = Wait::kReplies;
    arm_timer(static_cast<uint64_t>(opts_.timeout * 1000));
  }
}

void UdpSession::arm_timer(uint64_t ms) {
  if (!timer_) timer_ = core::Timer::create(loop_, [this](core::Timer&) { timer_fired(); });
  (void)timer_->start(ms);
}

void UdpSession::timer_fired() {
  if (finished_) return;
  switch (waiting_for_) {
    case Wait::kConnect:
      fail(core::timeout_error("connect", opts_.host, plan_.port));
      break;
    case Wait::kExpect:
      out_.failure("EXPECT", "error", "'" + opts_.expect + "' not received within " + format_ms(opts_.timeout * 1000),
                   target_.address, plan_.port);
      finish(kExitMismatch);
      break;
    case Wait::kReplies: finish(kExitOk); break;
    case Wait::kNone: break;
  }
}

void UdpSession::on_message(core::UdpSocket& s, const char* data, std::size_t len, const core::Endpoint&) {
  if (finished_) return;
  ++datagrams_in_;
  bytes_in_ += len;
  out_.event(out_.line("data").str("direction", "in").integer("bytes", static_cast<int64_t>(len)));
  if (dump_) dump_->dump(DumpDirection::kIn, data, len);
  if (idle_timer_) (void)idle_timer_->start(static_cast<uint64_t>(opts_.idle_timeout * 1000));
  if (stdout_ && len > 0) {
    int rc = stdout_->write(core::make_chunk(std::string(data, len)));
    if (rc < 0) {
      on_error(*stdout_, core::make_error(rc, "write", "stdout"));
      return;
    }
    if (rc == core::FdStream::kQueued && stdout_->queued_bytes() > kHighWater) {
      paused_for_stdout_ = true;
      (void)s.receive_stop();
    }
  }
  if (!plan_.expect.empty()) check_expect(data, len);
}

void UdpSession::check_expect(const char* data, std::size_t len) {
  if (expect_window_.feed(plan_.expect, data, len)) {
    out_.event(out_.line("expect").boolean("matched", true).str("text", opts_.expect));
    finish(kExitOk);
    return;
  }
}

void UdpSession::on_write_done(core::Stream& s, const core::Error& err) {
  if (&s != stdout_) return;
  if (err) {
    on_error(s, err);
    return;
  }
  if (s.queued_bytes() > 0) return;
  if (finished_) {
    stdout_->close();
    return;
  }
  if (paused_for_stdout_ && socket_) {
    paused_for_stdout_ = false;
    (void)socket_->receive_start();
  }
}

void UdpSession::fail(const core::Error& err) {
  if (finished_) return;
  // The core's receive errors carry no peer: name it, so "refused" says what refused.
  core::Error named = err;
  if (named.address.empty() && connected_) {
    named.address = target_.address;
    named.port = plan_.port;
  }
  out_.error(named);
  finish(exit_code_for(core::classify(named)));
}

void UdpSession::finish(int code) {
  if (finished_) return;
  finished_ = true;
  exit_code_ = code;
  if (timer_) timer_->close();
  timer_ = nullptr;
  if (idle_timer_) idle_timer_->close();
  idle_timer_ = nullptr;
  if (lookup_) lookup_->close();
  if (input_) input_->close();
  if (connected_) {
    out_.event(out_.line("close").integer("bytes_in", static_cast<int64_t>(bytes_in_))
                   .integer("bytes_out", static_cast<int64_t>(bytes_out_))
                   .integer("datagrams_in", static_cast<int64_t>(datagrams_in_))
                   .integer("datagrams_out", static_cast<int64_t>(datagrams_out_))
                   .number("duration_ms", now_ms() - started_ms_).integer("exit_code", code));
  }
  if (socket_) socket_->close();
  if (stdout_ && stdout_->queued_bytes() == 0) stdout_->close();
}

}  // namespace

int run_udp_connect(const ConnectPlan& plan) {
  const ConnectOptions& opts = *plan.opts;
  std::string payload;
  const bool has_file = !opts.send_file.empty();
  if (has_file) {
    std::ifstream in(opts.send_file, std::ios::binary);
    if (!in) return usage_error("connect", "cannot read --send-file '" + opts.send_file + "'");
    payload.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (payload.size() > kMaxDatagram) {
      return usage_error("connect", "--send-file '" + opts.send_file + "' has " + std::to_string(payload.size()) +
                                        " bytes; one UDP datagram holds at most " + std::to_string(kMaxDatagram));
    }
  }
  core::Loop loop;
  UdpSession session(loop, plan, std::move(payload), has_file);
  session.start();
  return run_loop(loop, [&] { return session.exit_code(); });
}

}  // namespace netjs::commands

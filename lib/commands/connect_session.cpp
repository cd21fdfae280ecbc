#include "commands/connect_session.h"

#include "commands/exit_codes.h"
#include "commands/expect_window.h"
#include "commands/family_words.h"
#include "commands/hex_dump.h"
#include "commands/loop_run.h"
#include "commands/output.h"
#include "commands/stats.h"
#include "core/address.h"
#include "core/connect_any.h"
#include "core/error_class.h"
#include "core/fd_stream.h"
#include "core/tcp_socket.h"
#include "core/timer.h"
#include "log/log.h"

#include <uv.h>

#include <cstdio>
#include <memory>

namespace netjs::commands {

namespace {

// Above this many bytes waiting for the slower side, stop reading the faster one.
constexpr std::size_t kHighWater = 256 * 1024;

class Session final : public core::ConnectAnyListener, public core::SocketListener {
 public:
  Session(core::Loop& loop, const ConnectPlan& plan)
      : loop_(loop), plan_(plan), opts_(*plan.opts), out_("connect", opts_.common.json, opts_.common.quiet) {}

  void start();
  int exit_code() const { return exit_code_; }

  // ConnectAnyListener: resolving, then each address in turn
  void on_connected(core::ConnectAny& c, core::TcpSocket& s, const core::ConnectTry& tried) override;
  void on_done(core::ConnectAny& c, const core::Error& err) override;
  void on_connecting(core::ConnectAny& c, const core::Endpoint& address) override;
  void on_connect_failed(core::ConnectAny& c, const core::Error& err) override;

  // SocketListener, once connected (the socket comes from ConnectAny connected); its stream events come
  // from the input (stdin or --send-file) and stdout too, which go on to the fd_* methods
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

  void connected(double connect_ms);
  void start_input();
  void input_ended();
  void check_expect(const char* data, std::size_t len);
  void fail(const core::Error& err);
  void finish(int code);

  core::Loop& loop_;
  const ConnectPlan& plan_;
  const ConnectOptions& opts_;
  Output out_;
  core::Timer* timer_ = nullptr;  // --expect's wait, once connected
  core::ConnectAny* connect_ = nullptr;
  core::TcpSocket* socket_ = nullptr;
  core::FdStream* input_ = nullptr;
  core::FdStream* stdout_ = nullptr;
  core::Endpoint target_;
  std::unique_ptr<HexDumpWriter> dump_;  // --hexdump, from the moment of connecting
  std::size_t told_failed_ = 0;          // tries whose failure the user has been told of
  std::string tried_json_;               // the addresses tried, for the --json connect event
  ExpectWindow expect_window_;
  double started_ms_ = now_ms();
  double dns_ms_ = -1;
  bool connected_ = false;
  bool input_done_ = false;
  bool exit_after_writes_ = false;
  bool paused_for_stdout_ = false;
  bool paused_for_socket_ = false;
  bool finished_ = false;
  int exit_code_ = kExitOk;
};

void Session::start() {
  core::ConnectAnyOptions co;
  co.host = opts_.host;
  co.port = plan_.port;
  co.family = opts_.common.family();
  co.timeout_ms = opts_.timeout > 0 ? opts_.timeout * 1000 : 0;
  co.source_address = plan_.source_host;
  co.source_port = plan_.source_port;
  connect_ = core::ConnectAny::start(loop_, std::move(co), this);
}

void Session::on_connecting(core::ConnectAny& c, const core::Endpoint& address) {
  log::get()->info("connect: trying {}", core::host_port(address.address, address.port));
  // Each address that failed before this one, in plain words (the one now tried is the last).
  const auto& tried = c.tried();
  for (; told_failed_ + 1 < tried.size(); ++told_failed_) {
    const core::ConnectTry& t = tried[told_failed_];
    out_.status(family_address(t.address.family, t.address.address) + ":" +
                std::to_string(t.address.port) + ": " + outcome_in_words(try_result(t), t.error, -1) + "; trying " +
                family_address(address.family, address.address));
  }
}

void Session::on_connect_failed(core::ConnectAny&, const core::Error& err) {
  log::get()->info("connect: {}", err.message());
}

void Session::on_connected(core::ConnectAny& c, core::TcpSocket& s, const core::ConnectTry& tried) {
  s.set_listener(this);
  socket_ = &s;
  target_ = tried.address;
  if (out_.json()) tried_json_ = tried_json(c.tried());
  dns_ms_ = c.dns_ms();
  connected(tried.connect_ms);
}

void Session::on_done(core::ConnectAny& c, const core::Error& err) {
  connect_ = nullptr;
  if (!err) return;
  if (c.timed_out() && c.tried().empty()) {
    // Still resolving: for the user the connect as a whole timed out, as it does while connecting.
    fail(core::timeout_error("connect", opts_.host, plan_.port));
    return;
  }
  if (!c.tried().empty() && !finished_) {
    // The addresses tried, each with its outcome; in words when there was more than one.
    if (out_.json()) {
      JsonLine ev("error");
      add_error_fields(ev, err).raw("tried", tried_json(c.tried())).print();
    } else if (c.tried().size() > 1) {
      const std::string line = "netjs connect: " + opts_.host + ":" + std::to_string(plan_.port) + ": " +
                               tries_in_words(c.tried(), opts_.timeout > 0 ? opts_.timeout * 1000 : -1) + "\n";
      std::fwrite(line.data(), 1, line.size(), stderr);
    } else {
      out_.error(err);
    }
    finish(exit_code_for(core::classify(err)));
    return;
  }
  fail(err);
}

void Session::connected(double connect_ms) {
  connected_ = true;
  core::Endpoint local = socket_->local_endpoint();
  log::get()->info("connect: connected to {} from {} in {}", core::host_port(target_.address, plan_.port),
                   core::host_port(local.address, local.port), format_ms(connect_ms));
  JsonLine ev = out_.line("connect");
  ev.str("host", opts_.host).str("address", target_.address).integer("port", plan_.port)
      .integer("family", target_.family).str("local_address", local.address).integer("local_port", local.port);
  if (dns_ms_ >= 0) ev.number("dns_ms", dns_ms_);
  else ev.null("dns_ms");
  out_.event(ev.number("connect_ms", connect_ms).raw("tried", tried_json_));
  if (plan_.hexdump) dump_ = std::make_unique<HexDumpWriter>(plan_.hexdump, now_ms());

  if (!plan_.expect.empty() && opts_.timeout > 0) {
    // --timeout again, for the expected text.
    timer_ = core::Timer::create(loop_, [this](core::Timer&) {
      if (finished_) return;
      out_.failure("EXPECT", "error", "'" + opts_.expect + "' not received within " + format_ms(opts_.timeout * 1000),
                   target_.address, plan_.port);
      finish(kExitMismatch);
    });
    (void)timer_->start(static_cast<uint64_t>(opts_.timeout * 1000));
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
      out_.event(out_.line("data").str("direction", "out").integer("bytes", static_cast<int64_t>(plan_.send.size())));
      if (dump_) dump_->dump(DumpDirection::kOut, plan_.send.data(), plan_.send.size());
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
  out_.event(out_.line("data").str("direction", "out").integer("bytes", static_cast<int64_t>(len)));
  if (dump_) dump_->dump(DumpDirection::kOut, data, len);
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
    if (rc != 0 && rc != UV_ENOTCONN) fail(core::make_error(rc, "shutdown", target_.address, plan_.port));
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
  out_.event(out_.line("data").str("direction", "in").integer("bytes", static_cast<int64_t>(len)));
  if (dump_) dump_->dump(DumpDirection::kIn, data, len);
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
  if (expect_window_.feed(plan_.expect, data, len)) {
    log::get()->info("connect: expected text received");
    out_.event(out_.line("expect").boolean("matched", true).str("text", opts_.expect));
    finish(kExitOk);
    return;
  }
  // Keep only what could start a match that the next read completes.
}

void Session::on_end(core::Stream& s) {
  if (is_fd(s)) {
    fd_end(s);
    return;
  }
  log::get()->info("connect: the peer closed its side");
  out_.event(out_.line("end").str("by", "peer"));
  if (!plan_.expect.empty()) {
    out_.failure("EXPECT", "error", "connection closed before '" + opts_.expect + "' arrived", target_.address,
                 plan_.port);
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
  // ENOTCONN: the peer tore the connection down before our FIN could go (its RST came in first). As
  // Node's end() does, leave the verdict to the read side, which sees the reset or the end.
  if (err && err.code == UV_ENOTCONN) return;
  if (err) {
    fail(err);
    return;
  }
  out_.event(out_.line("end").str("by", "local"));
}

void Session::on_timeout(core::TcpSocket&) {
  out_.event(out_.line("timeout").str("kind", "idle"));
  out_.failure("ETIMEDOUT", "timeout", "idle timeout: no data for " + format_ms(opts_.idle_timeout * 1000),
               target_.address, plan_.port);
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
  if (connect_) connect_->close();  // (from within on_connected: it then ends without on_done)
  connect_ = nullptr;
  if (input_) input_->close();
  if (socket_) {
    if (connected_) {
      out_.event(out_.line("close").integer("bytes_in", static_cast<int64_t>(socket_->bytes_read()))
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
  Session session(loop, plan);
  session.start();
  return run_loop(loop, [&] { return session.exit_code(); });
}

}  // namespace netjs::commands

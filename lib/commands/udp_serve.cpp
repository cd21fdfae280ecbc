#include "commands/udp_serve.h"

#include "commands/serve_stats.h"

#include "commands/exit_codes.h"
#include "commands/serve_address.h"
#include "commands/loop_run.h"
#include "commands/output.h"
#include "commands/stats.h"
#include "core/address.h"
#include "core/error_class.h"
#include "core/fd_stream.h"
#include "core/timer.h"
#include "core/udp_socket.h"
#include "log/log.h"

#include <set>

namespace netjs::commands {

namespace {

// Above this many bytes waiting for stdout, stop receiving: the kernel then drops datagrams, as it
// does for any slow UDP reader, instead of netjs growing without bound.
constexpr std::size_t kHighWater = 256 * 1024;

class UdpServer final : public core::UdpListener, public core::StreamListener {
 public:
  UdpServer(core::Loop& loop, const ServeOptions& opts, ServeMode mode)
      : loop_(loop), opts_(opts), mode_(mode), out_("serve", opts.common.json, opts.common.quiet),
        stats_(out_, [this] { return counts(); }) {}

  void start();
  int finish();

  // UdpListener
  void on_message(core::UdpSocket& s, const char* data, std::size_t len, const core::Endpoint& from) override;
  void on_receive_error(core::UdpSocket&, const core::Error& err) override;
  void on_send_done(core::UdpSocket&, uint32_t, const core::Error& err, std::size_t bytes) override;
  void on_close(core::UdpSocket& s) override {
    if (&s == socket_) socket_ = nullptr;  // not a failed attempt's socket, closed as the next one opened
  }

  // StreamListener (stdout in sink mode)
  void on_data(core::Stream&, const char*, std::size_t) override {}
  void on_end(core::Stream&) override {}
  void on_error(core::Stream&, const core::Error& err) override { sink_failed(err); }
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_close(core::Stream&) override { stdout_ = nullptr; }

 private:
  void bind_on(const ServeAddress& a);
  void adopt_inherited();
  int open_socket(const sockaddr* sa, bool ipv6_only);
  void announce(bool ipv6_only);
  void echo(const char* data, std::size_t len, const core::Endpoint& to);
  void sink_failed(const core::Error& err);
  void arm_idle_timer();
  ServeCounts counts() const;
  void fail(const core::Error& err);
  void stop(const std::string& why);
  void maybe_stop_once();

  core::Loop& loop_;
  const ServeOptions& opts_;
  ServeMode mode_;
  Output out_;
  ServeStatsTicker stats_;
  core::UdpSocket* socket_ = nullptr;
  core::FdStream* stdout_ = nullptr;
  core::Timer* idle_timer_ = nullptr;
  std::set<std::string> peers_;
  uint64_t datagrams_in_ = 0, datagrams_out_ = 0, bytes_in_ = 0, bytes_out_ = 0;
  int sends_queued_ = 0;
  double started_ms_ = now_ms();
  bool bound_ = false;
  bool stopping_ = false;
  bool handled_one_ = false;
  bool sink_failed_ = false;
  bool paused_ = false;
  int exit_code_ = kExitOk;
};

void UdpServer::start() {
  if (mode_ == ServeMode::kSink) {
    int err = 0;
    stdout_ = core::FdStream::open(loop_, 1, this, &err);
    if (!stdout_) {
      fail(core::make_error(err, "open", "stdout"));
      return;
    }
  }
  watch_stop_signals(loop_, [this](const std::string& signal) { stop(signal); });
  if (opts_.inherited_fd >= 0) {
    adopt_inherited();
    return;
  }
  resolve_serve_address(loop_, opts_, {
      [this](const ServeAddress& a) { bind_on(a); },
      [this](const std::string& message) {
        exit_code_ = usage_error("serve", message);
        stop("");
      },
      [this](const core::Error& err) { fail(err); }});
}

void UdpServer::bind_on(const ServeAddress& a) {
  if (stopping_) return;
  bool ipv6_only = false;
  core::Error err = open_on_serve_address(a, opts_.port, "bind", [this](const sockaddr* sa, bool v6only) {
    return open_socket(sa, v6only);
  }, &ipv6_only);
  if (err) fail(err);
  else announce(ipv6_only);
}

// Socket activation: the UDP socket systemd (or systemd-socket-activate) bound for us.
void UdpServer::adopt_inherited() {
  if (int rc = open_socket(nullptr, false); rc != 0) {
    fail(core::make_error(rc, "bind", "inherited descriptor " + std::to_string(opts_.inherited_fd)));
    return;
  }
  announce(opts_.inherited_ipv6_only);
}

int UdpServer::open_socket(const sockaddr* sa, bool ipv6_only) {
  socket_ = core::UdpSocket::create(loop_, this);
  int rc = sa ? socket_->bind(sa, ipv6_only ? core::UdpSocket::kIpv6Only : 0) : socket_->open(opts_.inherited_fd);
  if (rc == 0) rc = socket_->receive_start();
  if (rc != 0) {
    socket_->close();
    socket_ = nullptr;
  }
  return rc;
}

void UdpServer::announce(bool ipv6_only) {
  bound_ = true;
  core::Endpoint ep = socket_->local_endpoint();
  const bool dual = ep.family == 6 && !ipv6_only && ep.address == "::";
  out_.status("listening on " + core::host_port(ep) + (dual ? " (IPv6 and IPv4)" : "") + ", udp, mode " +
              mode_name(mode_) + activation_note(opts_));
  JsonLine event = out_.line("listening");
  event.str("address", ep.address).integer("port", ep.port).integer("family", ep.family)
      .boolean("dual_stack", dual).str("mode", mode_name(mode_)).str("protocol", "udp");
  if (opts_.inherited_fd >= 0) event.boolean("activated", true);
  out_.event(event);
  arm_idle_timer();
  stats_.start(loop_, opts_.stats_interval);
}

ServeCounts UdpServer::counts() const {
  ServeCounts c;
  c.udp = true;
  c.datagrams_in = datagrams_in_;
  c.datagrams_out = datagrams_out_;
  c.peers = peers_.size();
  c.bytes_in = bytes_in_;
  c.bytes_out = bytes_out_;
  return c;
}

void UdpServer::arm_idle_timer() {
  if (opts_.idle_timeout <= 0 || stopping_) return;
  if (!idle_timer_) {
    idle_timer_ = core::Timer::create(loop_, [this](core::Timer&) {
      out_.event(out_.line("timeout").str("kind", "idle"));
      stop("no datagram for " + format_ms(opts_.idle_timeout * 1000) + " (--idle-timeout)");
    });
  }
  (void)idle_timer_->start(static_cast<uint64_t>(opts_.idle_timeout * 1000));
}

void UdpServer::on_message(core::UdpSocket&, const char* data, std::size_t len, const core::Endpoint& from) {
  if (stopping_) return;
  ++datagrams_in_;
  bytes_in_ += len;
  const std::string peer = core::host_port(from);
  // One status line per new peer, as ncat prints one per connection; the rest is in the summary.
  if (peers_.insert(peer).second) out_.status("datagram from " + peer);
  out_.event(out_.line("datagram").str("remote_address", from.address).integer("remote_port", from.port)
                 .integer("bytes", static_cast<int64_t>(len)).str("direction", "in"));
  arm_idle_timer();
  switch (mode_) {
    case ServeMode::kEcho: echo(data, len, from); break;
    case ServeMode::kSink:
      if (stdout_ && len > 0) {
        int rc = stdout_->write(core::make_chunk(std::string(data, len)));
        if (rc < 0) {
          sink_failed(core::make_error(rc, "write", "stdout"));
          return;
        }
        if (rc == core::FdStream::kQueued && stdout_->queued_bytes() > kHighWater && socket_) {
          paused_ = true;
          (void)socket_->receive_stop();
        }
      }
      break;
    default: break;
  }
  handled_one_ = true;
  maybe_stop_once();
}

void UdpServer::echo(const char* data, std::size_t len, const core::Endpoint& to) {
  sockaddr_storage ss{};
  if (core::to_sockaddr(to.address, to.port, &ss) != 0 || !socket_) return;
  core::ConstBuffer piece{data, len};
  int rc = socket_->send(&piece, 1, reinterpret_cast<sockaddr*>(&ss), 0);
  if (rc == core::UdpSocket::kQueued) {
    ++sends_queued_;
    return;
  }
  if (rc < 0) {
    // One peer's trouble (its port closed: ECONNREFUSED from an earlier echo) is no reason to stop.
    log::get()->info("serve: echo to {}: {}", core::host_port(to), core::make_error(rc, "send").name());
    return;
  }
  ++datagrams_out_;
  bytes_out_ += len;
  out_.event(out_.line("datagram").str("remote_address", to.address).integer("remote_port", to.port)
                 .integer("bytes", static_cast<int64_t>(len)).str("direction", "out"));
}

void UdpServer::on_send_done(core::UdpSocket&, uint32_t, const core::Error& err, std::size_t bytes) {
  --sends_queued_;
  if (!err) {
    ++datagrams_out_;
    bytes_out_ += bytes;
  }
  maybe_stop_once();
}

void UdpServer::on_receive_error(core::UdpSocket&, const core::Error& err) {
  // An unconnected socket hears of an earlier send's ICMP error here (Linux); the socket still works.
  log::get()->info("serve: {}", err.message());
}

void UdpServer::maybe_stop_once() {
  if (opts_.once && handled_one_ && sends_queued_ == 0 && !stopping_) stop("");
}

void UdpServer::sink_failed(const core::Error& err) {
  if (sink_failed_) return;
  sink_failed_ = true;
  out_.failure(err.name(), core::class_name(core::classify(err)), "stdout: " + err.message() + "; stopping");
  if (exit_code_ == kExitOk) exit_code_ = kExitNetwork;
  stop("");
}

void UdpServer::on_write_done(core::Stream& s, const core::Error& err) {
  if (err) {
    sink_failed(err);
    return;
  }
  if (s.queued_bytes() > 0 || !paused_ || !socket_) return;
  paused_ = false;
  (void)socket_->receive_start();
}

void UdpServer::fail(const core::Error& err) {
  out_.error(err);
  if (exit_code_ == kExitOk) exit_code_ = exit_code_for(core::classify(err));
  stop("");
}

void UdpServer::stop(const std::string& why) {
  if (!why.empty()) out_.status(why + ": stopping");
  if (stopping_) return;
  stopping_ = true;
  stats_.stop();
  if (idle_timer_) idle_timer_->close();
  idle_timer_ = nullptr;
  if (socket_) socket_->close();
}

int UdpServer::finish() {
  if (stdout_) stdout_->close();
  if (!bound_) return exit_code_;
  const double ms = now_ms() - started_ms_;
  out_.status("summary: " + std::to_string(datagrams_in_) + " datagrams in, " + std::to_string(datagrams_out_) +
              " out, " + std::to_string(peers_.size()) + (peers_.size() == 1 ? " peer, " : " peers, ") +
              std::to_string(bytes_in_) + " bytes in, " + std::to_string(bytes_out_) + " bytes out, " + format_ms(ms));
  out_.event(out_.line("summary").str("protocol", "udp")
                 .integer("datagrams_in", static_cast<int64_t>(datagrams_in_))
                 .integer("datagrams_out", static_cast<int64_t>(datagrams_out_))
                 .integer("bytes_in", static_cast<int64_t>(bytes_in_))
                 .integer("bytes_out", static_cast<int64_t>(bytes_out_))
                 .integer("peers", static_cast<int64_t>(peers_.size())).number("duration_ms", ms));
  return exit_code_;
}

}  // namespace

int run_udp_server(const ServeOptions& opts, ServeMode mode) {
  core::Loop loop;
  UdpServer server(loop, opts, mode);  // every resource reports to it: it outlives run_loop
  server.start();
  return run_loop(loop, [&] { return server.finish(); });
}

}  // namespace netjs::commands

#include "commands/serve_server.h"

#include "core/address.h"
#include "core/error_class.h"
#include "core/tcp_server.h"
#include "commands/exit_codes.h"
#include "commands/serve_address.h"
#include "log/log.h"
#include "commands/loop_run.h"
#include "commands/serve_stats.h"
#include "commands/stats.h"

#include <map>
#include <memory>
#include <netinet/in.h>

namespace netjs::commands {

namespace {

// A connection refused by --max-connections is accepted and closed at once; nothing to hear from it.
struct Refused final : core::SocketListener {
  void on_data(core::Stream&, const char*, std::size_t) override {}
  void on_end(core::Stream&) override {}
  void on_error(core::Stream&, const core::Error&) override {}
  void on_write_done(core::Stream&, const core::Error&) override {}
  void on_close(core::Stream&) override {}
};

class NativeServer final : public core::ServerListener, public core::StreamListener, public ServeHost {
 public:
  NativeServer(core::Loop& loop, const ServeOptions& opts, ServeMode mode)
      : loop_(loop), opts_(opts), mode_(mode), out_("serve", opts.common.json, opts.common.quiet),
        stats_(out_, [this] { return counts(); }) {}

  void start();
  // After the loop has drained: the summary, and the exit code.
  int finish();

  // ServeHost
  const Output& out() const override { return out_; }
  core::FdStream* sink() override { return stdout_; }
  void sink_failed(const core::Error& err) override;
  void connection_closed(ServeConnection& conn) override;

  // ServerListener
  void on_connection(core::TcpServer& server, const core::Error& err) override;
  void on_connections_dropped(core::TcpServer& server, const core::Error& err,
                              const std::vector<core::Endpoint>& peers) override;
  void on_close(core::TcpServer& s) override {
    if (&s == server_) server_ = nullptr;  // not a failed attempt's socket, closed as the next one opened
  }

  // StreamListener (stdout in sink mode)
  void on_data(core::Stream&, const char*, std::size_t) override {}
  void on_end(core::Stream&) override {}
  void on_error(core::Stream&, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_close(core::Stream&) override { stdout_ = nullptr; }

 private:
  void listen_on(const ServeAddress& a);
  void adopt_inherited();
  int open_server(const sockaddr* sa, bool ipv6_only);
  void announce(bool ipv6_only);
  void fail(const core::Error& err);
  void stop(const std::string& why);
  ServeCounts counts() const;

  core::Loop& loop_;
  const ServeOptions& opts_;
  ServeMode mode_;
  Output out_;
  ServeStatsTicker stats_;
  core::TcpServer* server_ = nullptr;
  core::FdStream* stdout_ = nullptr;
  std::map<uint64_t, std::unique_ptr<ServeConnection>> conns_;
  Refused refused_listener_;
  uint64_t next_id_ = 1;
  uint64_t accepted_ = 0, refused_ = 0, dropped_ = 0, bytes_in_ = 0, bytes_out_ = 0;
  double started_ms_ = now_ms();
  bool listened_ = false;
  bool stopping_ = false;
  bool sink_failed_ = false;
  int exit_code_ = kExitOk;
};

void NativeServer::start() {
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
      [this](const ServeAddress& a) { listen_on(a); },
      [this](const std::string& message) {
        exit_code_ = usage_error("serve", message);
        stop("");
      },
      [this](const core::Error& err) { fail(err); }});
}

void NativeServer::listen_on(const ServeAddress& a) {
  if (stopping_) return;
  bool ipv6_only = false;
  core::Error err = open_on_serve_address(a, opts_.port, "listen", [this](const sockaddr* sa, bool v6only) {
    return open_server(sa, v6only);
  }, &ipv6_only);
  if (err) fail(err);
  else announce(ipv6_only);
}

// Socket activation: the listening socket systemd (or systemd-socket-activate) bound for us.
void NativeServer::adopt_inherited() {
  if (int rc = open_server(nullptr, false); rc != 0) {
    fail(core::make_error(rc, "listen", "inherited descriptor " + std::to_string(opts_.inherited_fd)));
    return;
  }
  announce(opts_.inherited_ipv6_only);
}

int NativeServer::open_server(const sockaddr* sa, bool ipv6_only) {
  server_ = core::TcpServer::create(loop_, this);
  int rc = sa ? server_->bind(sa, ipv6_only) : server_->open(opts_.inherited_fd);
  if (rc == 0) rc = server_->listen(511);
  if (rc != 0) {
    server_->close();
    server_ = nullptr;
  }
  return rc;
}

void NativeServer::announce(bool ipv6_only) {
  listened_ = true;
  const bool activated = opts_.inherited_fd >= 0;
  core::Endpoint ep = server_->local_endpoint();
  const bool dual = ep.family == 6 && !ipv6_only && ep.address == "::";
  out_.status("listening on " + core::host_port(ep) + (dual ? " (IPv6 and IPv4)" : "") + ", mode " +
              mode_name(mode_) + activation_note(opts_));
  JsonLine event = out_.line("listening");
  event.str("address", ep.address).integer("port", ep.port).integer("family", ep.family)
      .boolean("dual_stack", dual).str("mode", mode_name(mode_));
  if (activated) event.boolean("activated", true);
  out_.event(event);
  stats_.start(loop_, opts_.stats_interval);
}

ServeCounts NativeServer::counts() const {
  ServeCounts c;
  c.connections_now = conns_.size();
  c.connections_total = accepted_;
  c.refused = refused_ + dropped_;
  c.bytes_in = bytes_in_;
  c.bytes_out = bytes_out_;
  for (const auto& [id, conn] : conns_) {
    c.bytes_in += conn->bytes_in();
    c.bytes_out += conn->bytes_out();
  }
  return c;
}

void NativeServer::fail(const core::Error& err) {
  out_.error(err);
  if (exit_code_ == kExitOk) exit_code_ = exit_code_for(core::classify(err));
  stop("");
}

void NativeServer::on_connection(core::TcpServer& server, const core::Error& err) {
  if (err) {
    // Other accept failures (EMFILE is on_connections_dropped): the connection stays queued.
    log::get()->warn("serve: {}", err.message());
    return;
  }
  const bool full = opts_.max_connections > 0 && conns_.size() >= static_cast<std::size_t>(opts_.max_connections);
  int rc = 0;
  core::TcpSocket* socket = server.accept(full ? &refused_listener_ : nullptr, &rc);
  if (!socket) {
    log::get()->warn("serve: {}", core::make_error(rc, "accept").message());
    return;
  }
  core::Endpoint remote = socket->remote_endpoint();
  if (full) {
    ++refused_;
    log::get()->warn("serve: refused {}: {} connections open (--max-connections)", core::host_port(remote),
                     conns_.size());
    out_.event(out_.line("refused").str("remote_address", remote.address).integer("remote_port", remote.port)
                   .str("reason", "max-connections"));
    socket->close();
    return;
  }
  const uint64_t id = next_id_++;
  ++accepted_;
  auto conn = std::make_unique<ServeConnection>(*this, mode_, id, socket);
  ServeConnection* c = conn.get();
  conns_.emplace(id, std::move(conn));
  out_.status("connection " + std::to_string(id) + " from " + c->peer());
  core::Endpoint local = socket->local_endpoint();
  out_.event(out_.line("connection").integer("id", static_cast<int64_t>(id)).str("remote_address", remote.address)
                 .integer("remote_port", remote.port).str("local_address", local.address)
                 .integer("local_port", local.port));
  c->start(static_cast<uint64_t>(opts_.idle_timeout * 1000), opts_.keepalive);
  if (opts_.once && server_) {
    // One client, as `nc -l` serves: later ones are refused by the kernel.
    server_->close();
  }
}

void NativeServer::on_connections_dropped(core::TcpServer&, const core::Error& err,
                                          const std::vector<core::Endpoint>& peers) {
  // The core closed them (and logged it, rate-limited); count them for the summary, and with --json
  // say who each was.
  dropped_ += peers.size();
  for (const core::Endpoint& peer : peers) {
    out_.event(out_.line("refused").str("remote_address", peer.address).integer("remote_port", peer.port)
                   .str("reason", err.name()));
  }
}

void NativeServer::connection_closed(ServeConnection& conn) {
  bytes_in_ += conn.bytes_in();
  bytes_out_ += conn.bytes_out();
  conns_.erase(conn.id());
  if (conns_.empty() && opts_.once && !stopping_) stop("");
}

void NativeServer::on_error(core::Stream&, const core::Error& err) { sink_failed(err); }

void NativeServer::sink_failed(const core::Error& err) {
  // Once: a write error and the stream's own error report can both arrive for the same cause.
  if (sink_failed_) return;
  sink_failed_ = true;
  out_.failure(err.name(), core::class_name(core::classify(err)), "stdout: " + err.message() + "; stopping");
  if (exit_code_ == kExitOk) exit_code_ = kExitNetwork;
  stop("");
}

void NativeServer::on_write_done(core::Stream& s, const core::Error& err) {
  if (err) {
    sink_failed(err);
    return;
  }
  if (s.queued_bytes() > 0) return;  // not drained yet
  for (auto& [id, conn] : conns_) conn->resume_after_sink();
}

void NativeServer::stop(const std::string& why) {
  if (!why.empty()) out_.status(why + ": stopping");
  if (stopping_) return;
  stopping_ = true;
  stats_.stop();
  if (server_) server_->close();
  for (auto& [id, conn] : conns_) conn->stop();
  // stdout stays open until the summary, so sink data already queued is not lost.
}

int NativeServer::finish() {
  if (stdout_) stdout_->close();
  stats_.stop();
  if (!listened_) return exit_code_;
  double ms = now_ms() - started_ms_;
  // Connections closed for lack of file descriptors count as refused; the summary says how many.
  const uint64_t refused = refused_ + dropped_;
  out_.status("summary: " + std::to_string(accepted_) + " connections, " + std::to_string(refused) + " refused" +
              (dropped_ > 0 ? " (" + std::to_string(dropped_) + " out of file descriptors)" : std::string()) + ", " +
              std::to_string(bytes_in_) + " bytes in, " + std::to_string(bytes_out_) + " bytes out, " + format_ms(ms));
  out_.event(out_.line("summary").integer("connections", static_cast<int64_t>(accepted_))
                 .integer("refused", static_cast<int64_t>(refused))
                 .integer("dropped_no_fds", static_cast<int64_t>(dropped_))
                 .integer("bytes_in", static_cast<int64_t>(bytes_in_))
                 .integer("bytes_out", static_cast<int64_t>(bytes_out_)).number("duration_ms", ms));
  return exit_code_;
}

}  // namespace

int run_native_server(const ServeOptions& opts, ServeMode mode) {
  core::Loop loop;
  NativeServer server(loop, opts, mode);  // every resource reports to it: it outlives run_loop
  server.start();
  return run_loop(loop, [&] { return server.finish(); });
}

}  // namespace netjs::commands

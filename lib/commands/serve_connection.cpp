#include "commands/serve_connection.h"

#include "core/address.h"
#include "log/log.h"
#include "commands/stats.h"

namespace netjs::commands {

const char* mode_name(ServeMode m) {
  switch (m) {
    case ServeMode::kEcho: return "echo";
    case ServeMode::kDiscard: return "discard";
    case ServeMode::kSink: return "sink";
    case ServeMode::kChargen: return "chargen";
  }
  return "?";
}

namespace {

// Above this many bytes waiting in a socket (echo) or in stdout (sink), stop reading the client and
// let TCP flow control push back on it.
constexpr std::size_t kHighWater = 256 * 1024;
// Chargen writes this many blocks in a row before yielding to the loop, so one fast reader cannot
// starve the other clients.
constexpr int kChargenBurst = 16;

// RFC 864: 72-character lines, each starting one character further along the 95 printable ASCII
// characters. 95 lines make a full period, so sending whole periods keeps the pattern continuous.
const std::string& chargen_period() {
  static const std::string period = [] {
    std::string p;
    for (int line = 0; line < 95; ++line) {
      for (int i = 0; i < 72; ++i) p += static_cast<char>(' ' + (line + i) % 95);
      p += "\r\n";
    }
    return p;
  }();
  return period;
}

}  // namespace

ServeConnection::ServeConnection(ServeHost& host, ServeMode mode, uint64_t id, core::TcpSocket* socket)
    : host_(host), mode_(mode), id_(id), socket_(socket), opened_ms_(now_ms()) {
  core::Endpoint remote = socket->remote_endpoint();
  peer_ = core::host_port(remote);
}

void ServeConnection::start(uint64_t idle_timeout_ms, bool keepalive) {
  socket_->set_listener(this);
  if (idle_timeout_ms > 0) socket_->set_idle_timeout(idle_timeout_ms);
  if (keepalive) {
    int rc = socket_->set_keepalive(true, 0);
    if (rc != 0) log::get()->warn("serve: keepalive on {}: {}", peer_, core::make_error(rc, "setsockopt").name());
  }
  int rc = socket_->read_start();
  if (rc != 0) {
    host_.out().error(core::make_error(rc, "read"), JsonLine("error").integer("id", static_cast<int64_t>(id_)));
    stop();
    return;
  }
  if (mode_ == ServeMode::kChargen) pump_chargen();
}

void ServeConnection::stop() {
  if (closing_) return;
  closing_ = true;
  if (chargen_timer_) {
    chargen_timer_->close();
    chargen_timer_ = nullptr;
  }
  socket_->close();
}

void ServeConnection::on_data(core::Stream& s, const char* data, std::size_t len) {
  if (host_.out().json()) {
    JsonLine("data").integer("id", static_cast<int64_t>(id_)).str("direction", "in")
        .integer("bytes", static_cast<int64_t>(len)).print();
  }
  switch (mode_) {
    case ServeMode::kEcho: {
      int rc = s.write(core::make_chunk(std::string(data, len)));
      if (rc < 0) {
        on_error(s, core::make_error(rc, "write", peer_));
        return;
      }
      if (rc == core::TcpSocket::kQueued && s.queued_bytes() > kHighWater) {
        paused_for_socket_ = true;
        (void)s.read_stop();
      }
      break;
    }
    case ServeMode::kSink: {
      core::FdStream* out = host_.sink();
      if (!out) break;
      int rc = out->write(core::make_chunk(std::string(data, len)));
      if (rc < 0) {
        host_.sink_failed(core::make_error(rc, "write"));
        return;
      }
      if (rc == core::FdStream::kQueued && out->queued_bytes() > kHighWater) {
        paused_for_sink_ = true;
        (void)s.read_stop();
      }
      break;
    }
    case ServeMode::kDiscard:
    case ServeMode::kChargen:
      break;
  }
}

void ServeConnection::resume_after_sink() {
  if (!paused_for_sink_ || closing_ || shutting_down_) return;
  paused_for_sink_ = false;
  (void)socket_->read_start();
}

void ServeConnection::on_end(core::Stream&) {
  log::get()->info("serve: connection {} from {}: peer finished sending", id_, peer_);
  host_.out().event(host_.out().line("end").integer("id", static_cast<int64_t>(id_)).str("by", "peer"));
  finish_writing();
}

void ServeConnection::finish_writing() {
  if (shutting_down_ || closing_) return;
  shutting_down_ = true;
  if (chargen_timer_) {
    chargen_timer_->close();
    chargen_timer_ = nullptr;
  }
  int rc = socket_->shutdown();
  if (rc != 0) stop();
}

void ServeConnection::on_error(core::Stream&, const core::Error& err) {
  if (closing_) return;
  // A client going away with RST is routine for a server: the log, not an error line.
  log::get()->info("serve: connection {} from {}: {}", id_, peer_, err.message());
  if (host_.out().json()) host_.out().error(err, JsonLine("error").integer("id", static_cast<int64_t>(id_)));
  stop();
}

void ServeConnection::on_write_done(core::Stream& s, const core::Error& err) {
  if (err) {
    on_error(s, err);
    return;
  }
  if (mode_ == ServeMode::kChargen) {
    pump_chargen();
  } else if (paused_for_socket_ && s.queued_bytes() == 0 && !shutting_down_ && !closing_) {
    paused_for_socket_ = false;
    (void)s.read_start();
  }
}

void ServeConnection::pump_chargen() {
  if (closing_ || shutting_down_) return;
  for (int i = 0; i < kChargenBurst; ++i) {
    if (socket_->queued_bytes() > 0) return;  // on_write_done calls again
    int rc = socket_->write(core::make_chunk(chargen_period()));
    if (rc < 0) {
      on_error(*socket_, core::make_error(rc, "write", peer_));
      return;
    }
    if (rc == core::TcpSocket::kQueued) return;
  }
  // Everything went out at once: give the other clients a turn before the next burst.
  if (!chargen_timer_) chargen_timer_ = core::Timer::create(socket_->loop(), [this](core::Timer&) { pump_chargen(); });
  (void)chargen_timer_->start(0);
}

void ServeConnection::on_shutdown(core::TcpSocket&, const core::Error&) {
  // Both directions are done (we only shut down after the peer's FIN, or when stopping).
  stop();
}

void ServeConnection::on_timeout(core::TcpSocket&) {
  log::get()->info("serve: connection {} from {}: idle timeout", id_, peer_);
  host_.out().status("connection " + std::to_string(id_) + " from " + peer_ + ": idle timeout, closing");
  host_.out().event(host_.out().line("timeout").integer("id", static_cast<int64_t>(id_)).str("kind", "idle"));
  stop();
}

void ServeConnection::on_close(core::Stream& s) {
  closing_ = true;
  bytes_in_ = s.bytes_read();
  bytes_out_ = s.bytes_written();
  double ms = now_ms() - opened_ms_;
  host_.out().status("connection " + std::to_string(id_) + " from " + peer_ + " closed: " +
                     std::to_string(bytes_in_) + " bytes in, " + std::to_string(bytes_out_) + " bytes out, " +
                     format_ms(ms));
  host_.out().event(host_.out().line("close").integer("id", static_cast<int64_t>(id_))
                        .integer("bytes_in", static_cast<int64_t>(bytes_in_))
                        .integer("bytes_out", static_cast<int64_t>(bytes_out_)).number("duration_ms", ms));
  host_.connection_closed(*this);  // deletes this
}

}  // namespace netjs::commands

// One client of `netjs serve` in a built-in mode (echo, discard, sink, chargen): a plain C++
// SocketListener, no JS heap.
#pragma once

#include "core/fd_stream.h"
#include "core/tcp_socket.h"
#include "core/timer.h"
#include "commands/output.h"

#include <cstdint>
#include <string>

namespace netjs::commands {

enum class ServeMode { kEcho, kDiscard, kSink, kChargen };
// As --mode spells it: "echo", ...
const char* mode_name(ServeMode m);

class ServeConnection;

// What a connection needs from the server that accepted it.
class ServeHost {
 public:
  virtual ~ServeHost() = default;
  virtual const Output& out() const = 0;
  // stdout for the sink mode (nullptr otherwise).
  virtual core::FdStream* sink() = 0;
  // A write to the sink failed at once (EPIPE: stdout's reader is gone). The host stops serving;
  // the bytes of that chunk are not counted as delivered.
  virtual void sink_failed(const core::Error& err) = 0;
  // The connection's socket has closed; the host deletes the connection now.
  virtual void connection_closed(ServeConnection& conn) = 0;
};

class ServeConnection final : public core::SocketListener {
 public:
  ServeConnection(ServeHost& host, ServeMode mode, uint64_t id, core::TcpSocket* socket);

  void start(uint64_t idle_timeout_ms, bool keepalive);
  void stop();               // close now (server shutting down)
  void resume_after_sink();  // stdout drained: read again if the sink had paused us

  uint64_t id() const { return id_; }
  // So far: live while open (for --stats-interval), final from on_close on.
  uint64_t bytes_in() const { return closing_ ? bytes_in_ : socket_->bytes_read(); }
  uint64_t bytes_out() const { return closing_ ? bytes_out_ : socket_->bytes_written(); }
  const std::string& peer() const { return peer_; }
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_shutdown(core::TcpSocket& s, const core::Error& err) override;
  void on_timeout(core::TcpSocket& s) override;
  void on_close(core::Stream& s) override;

 private:
  void pump_chargen();
  void finish_writing();  // our side is done: FIN after queued writes

  ServeHost& host_;
  ServeMode mode_;
  uint64_t id_;
  core::TcpSocket* socket_;
  core::Timer* chargen_timer_ = nullptr;
  std::string peer_;
  uint64_t bytes_in_ = 0;
  uint64_t bytes_out_ = 0;
  double opened_ms_ = 0;
  bool paused_for_socket_ = false;  // echo: our own writes are backed up
  bool paused_for_sink_ = false;    // sink: stdout is backed up
  bool shutting_down_ = false;
  bool closing_ = false;
};

}  // namespace netjs::commands

// A local stream connection over libuv's pipe handle: a Unix domain socket (connected to a path or
// accepted by a PipeServer), or a descriptor handed over (an inherited socket or pipe, a child
// process's stdio). The Stream base does the reading and writing; this adds connect, shutdown and
// the path, reporting to a PipeListener.
#pragma once

#include "core/error.h"
#include "core/idle_timeout.h"
#include "core/stream.h"

#include <memory>
#include <string>

namespace netjs::core {

class PipeSocket;

// What a pipe connection reports beyond a stream's events; only after the listener asked for them.
class PipeListener : public StreamListener {
 public:
  virtual void on_connect(PipeSocket& /*socket*/, const Error& /*err*/) {}
  virtual void on_shutdown(PipeSocket& /*socket*/, const Error& /*err*/) {}
  // The idle timeout set with set_idle_timeout() expired. The socket stays open.
  virtual void on_timeout(PipeSocket& /*socket*/) {}
};

class PipeSocket final : public Stream {
 public:
  static PipeSocket* create(Loop& loop, PipeListener* listener);

  void set_listener(PipeListener* listener) { listener_ = listener; }
  PipeListener* listener() const { return static_cast<PipeListener*>(listener_); }

  // Starts connecting to the socket at `path`; the result arrives as on_connect.
  [[nodiscard]] int connect(const std::string& path);
  // Takes over an open descriptor (a connected socket or a pipe); the socket closes it.
  [[nodiscard]] int open(int fd);
  // Ends the write side after queued writes. Result arrives as on_shutdown.
  [[nodiscard]] int shutdown();
  // Inactivity timeout, as TcpSocket's: on_timeout once per idle period of `ms`; 0 disables.
  void set_idle_timeout(uint64_t ms);

  // The socket file of either end; empty when there is none (an unnamed end, a plain pipe).
  std::string local_path() const;
  std::string remote_path() const;
  bool connected() const { return connected_; }

  // Closes at once: queued writes are dropped (no on_write_done), then on_close.
  void close() override;
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  friend class PipeServer;
  friend class Subprocess;  // hands the handle to uv_spawn as a child's stdio
  PipeSocket(Loop& loop, PipeListener* listener);
  ~PipeSocket() override = default;
  static PipeSocket* from(void* data) { return static_cast<PipeSocket*>(static_cast<Stream*>(data)); }

  uv_stream_t* stream() override { return reinterpret_cast<uv_stream_t*>(&pipe_); }
  Error error_for(int code, const char* syscall) const override;
  void shutdown_done(const Error& err) override { listener()->on_shutdown(*this, err); }
  void activity() override {
    if (idle_) idle_->touch();
  }
  void handle_closed();

  uv_pipe_t pipe_{};
  bool connected_ = false;
  int open_handles_ = 1;
  std::string path_;  // what connect() was aimed at, for error messages
  std::unique_ptr<uv_connect_t> connect_;
  std::unique_ptr<uv_shutdown_t> shutdown_req_;
  std::unique_ptr<IdleTimeout> idle_;
};

}  // namespace netjs::core

// A listening TCP socket. Accepted connections become TcpSockets with the listener the owner picks.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netjs::core {

class TcpServer;
class TcpSocket;
class SocketListener;

class ServerListener {
 public:
  virtual ~ServerListener() = default;
  // A connection is waiting: call server.accept() (or the kernel queue keeps it). `err` set when
  // accepting failed at the libuv level (EMFILE, ...).
  virtual void on_connection(TcpServer& server, const Error& err) = 0;
  // Out of file descriptors (EMFILE/ENFILE, in `err`): the connections that were waiting have been
  // accepted with the loop's spare descriptor and closed at once (their peers see the connection
  // close), so the server does not spin on them; `peers` says who they were. TcpServer has logged
  // it (at most once a second).
  virtual void on_connections_dropped(TcpServer& server, const Error& err, const std::vector<Endpoint>& peers) {
    (void)server, (void)err, (void)peers;
  }
  // Last call; the server is deleted when this returns.
  virtual void on_close(TcpServer& server) = 0;
};

class TcpServer final : public Resource {
 public:
  static TcpServer* create(Loop& loop, ServerListener* listener);

  // Binds `local`; `ipv6_only` keeps a "::" bind from also taking IPv4. Errors may surface only at
  // listen() (libuv defers EADDRINUSE), so callers check both.
  [[nodiscard]] int bind(const sockaddr* local, bool ipv6_only = false);
  // Takes over a descriptor that is already a bound TCP socket (an inherited one).
  [[nodiscard]] int open(int fd);
  [[nodiscard]] int listen(int backlog);
  // Takes one pending connection. Returns nullptr and sets *err (a libuv code) on failure.
  TcpSocket* accept(SocketListener* listener, int* err);

  Endpoint local_endpoint() const;
  bool listening() const { return listening_; }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  TcpServer(Loop& loop, ServerListener* listener);
  ~TcpServer() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&tcp_); }

  // EMFILE/ENFILE handling (see fd_reserve.h): turn the waiting connections away with the spare.
  void drop_pending(int status);
  // The connection libuv just accepted used the spare's descriptor: turn it away instead.
  void drop_accepted();
  void report_drops(const Error& err, const std::vector<Endpoint>& peers);
  void log_drops(const Error& err, const std::vector<Endpoint>& peers, const std::string& note);

  uv_tcp_t tcp_{};
  ServerListener* listener_;
  uint64_t dropped_total_ = 0;
  uint64_t dropped_unlogged_ = 0;  // dropped since the last log line (rate-limited)
  uint64_t last_drop_log_ms_ = 0;
  bool drop_logged_ = false;
  bool listening_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

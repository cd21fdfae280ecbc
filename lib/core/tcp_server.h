// A listening TCP socket. Accepted connections become TcpSockets with the listener the owner picks.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <string>

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
  // Last call; the server is deleted when this returns.
  virtual void on_close(TcpServer& server) = 0;
};

class TcpServer final : public Resource {
 public:
  static TcpServer* create(Loop& loop, ServerListener* listener);

  // Binds `local`; `ipv6_only` keeps a "::" bind from also taking IPv4. Errors may surface only at
  // listen() (libuv defers EADDRINUSE), so callers check both.
  [[nodiscard]] int bind(const sockaddr* local, bool ipv6_only = false);
  [[nodiscard]] int listen(int backlog);
  // Takes one pending connection. Returns nullptr and sets *err (a libuv code) on failure.
  TcpSocket* accept(SocketListener* listener, int* err);

  Endpoint local_endpoint() const;
  void ref();
  void unref();
  bool has_ref() const;
  bool listening() const { return listening_; }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  TcpServer(Loop& loop, ServerListener* listener);
  ~TcpServer() override = default;

  uv_tcp_t tcp_{};
  ServerListener* listener_;
  bool listening_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

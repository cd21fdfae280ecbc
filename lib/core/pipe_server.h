// A listening Unix domain socket (or an inherited listening descriptor that is one). Accepted
// connections become PipeSockets with the listener the owner picks. libuv removes the socket file
// when the server closes.
#pragma once

#include "core/error.h"
#include "core/loop.h"

#include <string>

namespace netjs::core {

class PipeServer;
class PipeSocket;
class PipeListener;

class PipeServerListener {
 public:
  virtual ~PipeServerListener() = default;
  // A connection is waiting: call server.accept(). `err` set when accepting failed (EMFILE, ...).
  virtual void on_connection(PipeServer& server, const Error& err) = 0;
  // Last call; the server is deleted when this returns.
  virtual void on_close(PipeServer& server) = 0;
};

class PipeServer final : public Resource {
 public:
  static PipeServer* create(Loop& loop, PipeServerListener* listener);

  // Creates the socket file at `path`: UV_EADDRINUSE if anything exists there already (a live
  // server's socket or a stale file), as in Node, which never removes a file it did not create.
  [[nodiscard]] int bind(const std::string& path);
  // Takes over a descriptor that is already a bound Unix socket.
  [[nodiscard]] int open(int fd);
  [[nodiscard]] int listen(int backlog);
  // Takes one pending connection. Returns nullptr and sets *err (a libuv code) on failure.
  PipeSocket* accept(PipeListener* listener, int* err);

  std::string path() const;
  bool listening() const { return listening_; }

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  PipeServer(Loop& loop, PipeServerListener* listener);
  ~PipeServer() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&pipe_); }

  uv_pipe_t pipe_{};
  PipeServerListener* listener_;
  std::string path_;
  bool listening_ = false;
  bool closing_ = false;
};

}  // namespace netjs::core

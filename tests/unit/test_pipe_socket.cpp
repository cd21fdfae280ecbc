// PipeSocket and PipeServer over a Unix domain socket and over descriptors handed in: echo with
// shutdown (half-close), connect and bind errors with the path, the socket file removed on close,
// open() on a socketpair and on an inherited listening socket (Unix and TCP), and fd_kind.
#include "helpers.h"

#include "core/fd_kind.h"
#include "core/pipe_server.h"
#include "core/pipe_socket.h"

#include <sys/un.h>

#include <cstring>

using namespace netjs::test;

namespace {

std::string socket_path(const char* tag) {
  const char* dir = std::getenv("TMPDIR");
  return std::string(dir && *dir ? dir : "/tmp") + "/netjs-unit-" + tag + "-" + std::to_string(::getpid()) + ".sock";
}

bool exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

// Counts every callback of a pipe connection and keeps what it read.
struct PipeRecorder final : PipeListener {
  PipeSocket* socket = nullptr;
  std::string data;
  Error connect_err, shutdown_err;
  int connect_cb = 0, end_cb = 0, error_cb = 0, write_cb = 0, shutdown_cb = 0, close_cb = 0;
  bool echo = false;  // write back what arrives and shut down at the end

  void on_connect(PipeSocket&, const Error& err) override {
    ++connect_cb;
    connect_err = err;
  }
  void on_data(Stream& s, const char* d, std::size_t n) override {
    data.append(d, n);
    if (echo) CHECK(s.write(make_chunk(std::string(d, n))) >= 0);
  }
  void on_end(Stream&) override {
    ++end_cb;
    if (echo) CHECK(socket->shutdown() == 0);
  }
  void on_error(Stream&, const Error&) override { ++error_cb; }
  void on_write_done(Stream&, const Error&) override { ++write_cb; }
  void on_shutdown(PipeSocket&, const Error& err) override {
    ++shutdown_cb;
    shutdown_err = err;
  }
  void on_close(Stream&) override {
    ++close_cb;
    socket = nullptr;
  }
};

struct ServerRecorder final : PipeServerListener {
  PipeRecorder* peer = nullptr;  // takes the first connection
  int connection_cb = 0, close_cb = 0;
  void on_connection(PipeServer& server, const Error& err) override {
    ++connection_cb;
    REQUIRE_FALSE(err);
    int rc = 0;
    peer->socket = server.accept(peer, &rc);
    REQUIRE(rc == 0);
    REQUIRE(peer->socket->connected());
    CHECK(peer->socket->read_start() == 0);
  }
  void on_close(PipeServer&) override { ++close_cb; }
};

}  // namespace

TEST_CASE("pipe: echo over a Unix socket, half-close, file removed on close") {
  const std::string path = socket_path("echo");
  PipeRecorder client, peer;
  ServerRecorder srv;
  srv.peer = &peer;
  peer.echo = true;
  Loop loop;
  Watchdog dog{loop};

  PipeServer* server = PipeServer::create(loop, &srv);
  REQUIRE(server->bind(path) == 0);
  REQUIRE(server->listen(16) == 0);
  CHECK(server->path() == path);
  CHECK(exists(path));
  CHECK(std::string(fd_kind(-1)) == "UNKNOWN");

  client.socket = PipeSocket::create(loop, &client);
  REQUIRE(client.socket->connect(path) == 0);
  REQUIRE(run_until(loop, [&] { return client.connect_cb == 1; }));
  REQUIRE_FALSE(client.connect_err);
  CHECK(client.socket->remote_path() == path);
  CHECK(client.socket->read_start() == 0);
  CHECK(client.socket->write(make_chunk("hello, ")) >= 0);
  CHECK(client.socket->write(make_chunk("pipe")) >= 0);
  CHECK(client.socket->shutdown() == 0);
  REQUIRE(run_until(loop, [&] { return client.end_cb == 1; }));
  CHECK(client.data == "hello, pipe");
  CHECK(peer.data == "hello, pipe");
  CHECK(client.shutdown_cb == 1);
  CHECK_FALSE(client.shutdown_err);
  CHECK(peer.end_cb == 1);
  CHECK(client.socket->bytes_read() == 11);

  client.socket->close();
  peer.socket->close();
  server->close();
  CHECK(loop.run() == false);
  CHECK(client.close_cb == 1);
  CHECK(peer.close_cb == 1);
  CHECK(srv.close_cb == 1);
  CHECK(srv.connection_cb == 1);
  CHECK(client.error_cb + peer.error_cb == 0);
  CHECK_FALSE(exists(path));
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("pipe: connect to a missing path, bind to a taken one") {
  const std::string path = socket_path("errors");
  PipeRecorder client;
  ServerRecorder srv1, srv2;
  Loop loop;
  Watchdog dog{loop};

  client.socket = PipeSocket::create(loop, &client);
  REQUIRE(client.socket->connect(path) == 0);  // the failure comes from the loop
  REQUIRE(run_until(loop, [&] { return client.connect_cb == 1; }));
  CHECK(client.connect_err.code == UV_ENOENT);
  CHECK(client.connect_err.syscall == "connect");
  CHECK(client.connect_err.address == path);
  CHECK(client.connect_err.message() == "connect ENOENT " + path);
  client.socket->close();

  PipeServer* first = PipeServer::create(loop, &srv1);
  REQUIRE(first->bind(path) == 0);
  REQUIRE(first->listen(4) == 0);
  PipeServer* second = PipeServer::create(loop, &srv2);
  CHECK(second->bind(path) == UV_EADDRINUSE);
  second->close();
  first->close();
  CHECK(loop.run() == false);
  CHECK(srv1.close_cb == 1);
  CHECK(srv2.close_cb == 1);
  CHECK_FALSE(exists(path));
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

TEST_CASE("pipe: open() takes over a socketpair and an inherited listening socket") {
  const std::string path = socket_path("fd");
  PipeRecorder a, b, client, peer;
  ServerRecorder srv;
  srv.peer = &peer;
  peer.echo = true;
  Loop loop;
  Watchdog dog{loop};

  int fds[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
  CHECK(std::string(fd_kind(fds[0])) == "PIPE");
  a.socket = PipeSocket::create(loop, &a);
  b.socket = PipeSocket::create(loop, &b);
  REQUIRE(a.socket->open(fds[0]) == 0);
  REQUIRE(b.socket->open(fds[1]) == 0);
  CHECK(b.socket->read_start() == 0);
  CHECK(a.socket->write(make_chunk("over a socketpair")) >= 0);
  CHECK(a.socket->shutdown() == 0);
  REQUIRE(run_until(loop, [&] { return b.end_cb == 1; }));
  CHECK(b.data == "over a socketpair");

  // A listening socket made outside libuv, as a parent process would hand it down.
  int lfd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  REQUIRE(lfd >= 0);
  sockaddr_un sun{};
  sun.sun_family = AF_UNIX;
  REQUIRE(path.size() < sizeof(sun.sun_path));
  std::memcpy(sun.sun_path, path.c_str(), path.size() + 1);
  REQUIRE(::bind(lfd, reinterpret_cast<sockaddr*>(&sun), sizeof(sun)) == 0);
  PipeServer* server = PipeServer::create(loop, &srv);
  REQUIRE(server->open(lfd) == 0);
  REQUIRE(server->listen(4) == 0);
  CHECK(server->path() == path);
  client.socket = PipeSocket::create(loop, &client);
  REQUIRE(client.socket->connect(path) == 0);
  REQUIRE(run_until(loop, [&] { return client.connect_cb == 1; }));
  CHECK(client.socket->read_start() == 0);
  CHECK(client.socket->write(make_chunk("inherited")) >= 0);
  CHECK(client.socket->shutdown() == 0);
  REQUIRE(run_until(loop, [&] { return client.end_cb == 1; }));
  CHECK(client.data == "inherited");

  for (PipeRecorder* r : {&a, &b, &client, &peer}) r->socket->close();
  server->close();
  CHECK(loop.run() == false);
  for (PipeRecorder* r : {&a, &b, &client, &peer}) CHECK(r->close_cb == 1);
  ::unlink(path.c_str());  // bound outside libuv: libuv does not know the name to remove
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

namespace {

// Just enough of a TCP listener for the open() scenario below.
struct TcpRecorder final : SocketListener, ServerListener {
  TcpSocket* accepted = nullptr;
  std::string data;
  int connect_cb = 0, end_cb = 0, close_cb = 0, server_close_cb = 0;
  void on_connect(TcpSocket&, const Error& err) override {
    ++connect_cb;
    CHECK_FALSE(err);
  }
  void on_data(Stream&, const char* d, std::size_t n) override { data.append(d, n); }
  void on_end(Stream&) override { ++end_cb; }
  void on_error(Stream&, const Error&) override {}
  void on_write_done(Stream&, const Error&) override {}
  void on_close(Stream&) override { ++close_cb; }
  void on_connection(TcpServer& server, const Error& err) override {
    REQUIRE_FALSE(err);
    int rc = 0;
    accepted = server.accept(this, &rc);
    REQUIRE(accepted);
    CHECK(accepted->read_start() == 0);
  }
  void on_close(TcpServer&) override { ++server_close_cb; }
};

}  // namespace

TEST_CASE("TCP open(): an inherited listening socket and an inherited connection; fd_kind says TCP") {
  TcpRecorder rec;
  Loop loop;
  Watchdog dog{loop};

  int lfd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(lfd >= 0);
  CHECK(std::string(fd_kind(lfd)) == "TCP");
  Addr any = addr("127.0.0.1", 0);
  REQUIRE(::bind(lfd, any.sa(), sizeof(sockaddr_in)) == 0);
  TcpServer* server = TcpServer::create(loop, &rec);
  REQUIRE(server->open(lfd) == 0);
  REQUIRE(server->listen(4) == 0);
  const int port = server->local_endpoint().port;
  REQUIRE(port > 0);

  // A connected descriptor made outside libuv, taken over by a TcpSocket.
  int cfd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(cfd >= 0);
  Addr to = addr("127.0.0.1", port);
  REQUIRE(::connect(cfd, to.sa(), sizeof(sockaddr_in)) == 0);
  TcpSocket* client = TcpSocket::create(loop, &rec);
  REQUIRE(client->open(cfd) == 0);
  CHECK(client->connected());
  CHECK(client->remote_endpoint().port == port);
  CHECK(client->write(make_chunk("inherited tcp")) >= 0);
  CHECK(client->shutdown() == 0);
  REQUIRE(run_until(loop, [&] { return rec.end_cb == 1; }));
  CHECK(rec.data == "inherited tcp");

  client->close();
  rec.accepted->close();
  server->close();
  CHECK(loop.run() == false);
  CHECK(rec.close_cb == 2);
  CHECK(rec.server_close_cb == 1);
  dog.disarm();
  CHECK(loop.close() == 0);
  CHECK(loop.resource_count() == 0);
}

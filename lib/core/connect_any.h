// Connecting to a host by name: resolve it (core/dns), then connect to its addresses — one at a time in
// the resolver's order until one answers (`netjs connect`, as nc), or the first address of each family
// at once (`netjs probe`, which reports which family works) — within an optional deadline, each socket
// bound to a source address first if asked. Every address tried is recorded with its outcome and
// connect time; a socket that connects is handed to the listener. No JS: the net module orders
// addresses itself, as Node's does, because its lookup may be a script's function.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"
#include "core/tcp_socket.h"

#include <cstddef>
#include <string>
#include <vector>

namespace netjs::core {

class ConnectAny;
class Lookup;
class Timer;

// One address tried: its outcome once known.
struct ConnectTry {
  Endpoint address;        // with the port
  Error error;             // empty: connected, or still connecting
  double connect_ms = -1;  // from connect() to its answer when it connected; -1 otherwise
};

struct ConnectAnyOptions {
  enum Policy {
    kInTurn,            // one address at a time, in the resolver's order, until one connects
    kFirstOfEachFamily  // the first address of each family, all at once, each to its own answer
  };
  std::string host;  // a name, or a numeric address (then no lookup)
  int port = 0;
  int family = 0;    // for the lookup: 0 (any), 4 or 6
  Policy policy = kInTurn;
  // > 0: the lookup and the connects fail with ETIMEDOUT after this long (as expire()); a fraction
  // of a millisecond counts as 0, at the next loop iteration. 0: no deadline.
  double timeout_ms = 0;
  // Non-empty: each socket is bound to this numeric address (and source_port) before connecting, and
  // only the addresses of its family are tried.
  std::string source_address;
  int source_port = 0;
};

class ConnectAnyListener {
 public:
  virtual ~ConnectAnyListener() = default;
  // `socket` connected; `tried` is its record. The socket is the listener's from now on: it must
  // set_listener() on it before returning (a socket left to the ConnectAny is closed). In turn, at most
  // once and on_done follows; with kFirstOfEachFamily, once per family that connects.
  virtual void on_connected(ConnectAny& connect, TcpSocket& socket, const ConnectTry& tried) = 0;
  // The last call: nothing is resolving or connecting any more, and the ConnectAny frees itself once
  // its handles have closed (drop the pointer). `err` is empty when an address connected; otherwise
  // it says why none did: the lookup's error, EAFNOSUPPORT when no address has the source's family,
  // the last address's error (in turn) or the first address's (kFirstOfEachFamily).
  virtual void on_done(ConnectAny& connect, const Error& err) = 0;
  // For logs: connect() to `address` is about to be called (after the bind, if any).
  virtual void on_connecting(ConnectAny&, const Endpoint& /*address*/) {}
  // For logs: a connect that was under way failed (refused, unreachable, ...). A connect() or bind()
  // failing at once is only recorded.
  virtual void on_connect_failed(ConnectAny&, const Error& /*err*/) {}
};

class ConnectAny final : public Resource, private SocketListener {
 public:
  // Starts the lookup (or the connects, for a numeric host). The listener may be called before this
  // returns: when on_done has run, the result is nullptr. Otherwise the ConnectAny owns itself, and
  // the pointer is good until on_done or close().
  static ConnectAny* start(Loop& loop, ConnectAnyOptions options, ConnectAnyListener* listener);

  // The deadline is now: a pending lookup fails with "getaddrinfo ETIMEDOUT host", every connect under
  // way with "connect ETIMEDOUT address:port", and on_done follows at once.
  void expire();
  bool timed_out() const { return timed_out_; }  // expire() ended it

  const ConnectAnyOptions& options() const { return opts_; }
  // Every address tried so far, in the order they were tried.
  const std::vector<ConnectTry>& tried() const { return tried_; }
  // How long the lookup took; -1 without one (a numeric host) or before it answered.
  double dns_ms() const { return dns_ms_; }

  // Stops at once, silently: the listener hears nothing more. Sockets already handed over stay open.
  void close() override;
  bool closing() const override { return ended_; }
  // Its lookup, timer and sockets keep the loop alive themselves.
  bool keeps_loop_alive() const override { return false; }
  std::string describe() const override;

 private:
  // A connect under way: the socket (the ConnectAny's until handed over or closed) and when it began.
  struct Slot {
    TcpSocket* socket = nullptr;
    double started_ms = 0;
    bool connecting = false;
  };
  // Holds off `delete this` while a call into the ConnectAny (or out of it, to the listener) is on the
  // stack; the outermost one frees it if it has ended and nothing of it is left open.
  class Entered;

  ConnectAny(Loop& loop, ConnectAnyOptions options, ConnectAnyListener* listener);
  ~ConnectAny() override = default;

  void begin();
  void resolved(const std::vector<Endpoint>& addresses);
  void try_next();
  bool connect_one(std::size_t i);  // true: connecting (the answer comes later)
  void record_failure(std::size_t i, const Error& err);
  void check_all_answered();
  void finish(const Error& err);
  void end();
  void maybe_delete();
  std::size_t slot_of(const Stream& socket) const;

  // SocketListener, for the sockets while they connect.
  void on_connect(TcpSocket& socket, const Error& err) override;
  void on_close(Stream& socket) override;
  void on_data(Stream&, const char*, std::size_t) override {}
  void on_end(Stream&) override {}
  void on_error(Stream&, const Error&) override {}
  void on_write_done(Stream&, const Error&) override {}

  ConnectAnyOptions opts_;
  ConnectAnyListener* listener_;
  Timer* timer_ = nullptr;
  Lookup* lookup_ = nullptr;
  std::vector<Endpoint> candidates_;  // the addresses to try, in order, with the port
  std::size_t next_ = 0;              // in turn: the next candidate
  std::vector<ConnectTry> tried_;
  std::vector<Slot> slots_;           // one per entry of tried_
  double dns_ms_ = -1;
  int open_ = 0;    // our timer, lookup and sockets whose last callback is still to come
  int depth_ = 0;   // Entered frames on the stack
  bool ended_ = false;
  bool timed_out_ = false;
};

}  // namespace netjs::core

// One TCP connection held idle and then checked with a one-byte echo: the instrument of
// `netjs probe --hold`, used for the flow under test and again for the keepalive check. It reads all
// the time, so a FIN or RST that arrives while the flow is idle is seen when it arrives, not at the
// next echo.
#pragma once

#include "core/address.h"
#include "core/connect_any.h"
#include "core/error.h"
#include "core/loop.h"
#include "core/tcp_info.h"
#include "core/tcp_socket.h"
#include "core/timer.h"

#include <functional>
#include <string>

namespace netjs::commands {

struct FlowOptions {
  std::string host;        // a name or a numeric address
  int port = 0;
  int family = 0;          // 0, 4, 6
  double timeout_ms = 3000;  // the connect (with the lookup), and each echo
  unsigned keepalive_s = 0;  // > 0: TCP keepalive, first probe after this idle time and then this often
  unsigned keepalive_count = 0;  // unanswered probes before the kernel gives up (0: the system's)
};

struct FlowConnected {
  core::Error error;        // empty: connected
  core::Endpoint address;   // connected to (or the last address tried); empty after a DNS failure
  core::Endpoint local;
  double dns_ms = -1;       // -1: no lookup
  double connect_ms = -1;
  int keepalive_rc = 0;     // the libuv code of a keepalive option that could not be set
};

struct HoldOutcome {
  double gap_ms = 0;
  std::string result;       // "alive", "rst", "fin", "silence", "error"
  double idle_ms = 0;       // idle when the result was known: gap_ms, or less when the flow died idle
  bool while_idle = false;  // the FIN or RST came during the gap, before the byte was sent
  double echo_ms = -1;      // alive: from the write to the echo
  core::Error error;        // the system error that ended it (rst, error, the kernel's ETIMEDOUT)
  bool have_info = false;   // `info` was read (Linux), at the end of the gap or at the death
  int info_rc = 0;          // why it was not, when the socket was still open (e.g. UV_ENOTSUP under qemu-user)
  core::TcpInfo info;
};

class HoldFlow final : private core::ConnectAnyListener, private core::SocketListener {
 public:
  using ConnectedFn = std::function<void(const FlowConnected&)>;
  using HeldFn = std::function<void(const HoldOutcome&)>;

  explicit HoldFlow(core::Loop& loop) : loop_(loop) {}
  // Closing is the owner's job (close(), or the loop's shutdown): the flow must outlive its handles.
  ~HoldFlow() override = default;
  HoldFlow(const HoldFlow&) = delete;
  HoldFlow& operator=(const HoldFlow&) = delete;

  // Resolves and connects (addresses in turn, within timeout_ms); `done` runs once, on the loop.
  void connect(const FlowOptions& options, ConnectedFn done);
  // Once connected and alive: waits `gap_ms` without sending, then sends one byte ('\n', which line
  // echoes answer too) and waits up to timeout_ms for it to come back. `done` runs once. After any
  // result but "alive" the connection is closed.
  void hold(double gap_ms, HeldFn done);
  // Stops everything, silently: no callback runs after this.
  void close();

 private:
  enum class State { kIdle, kConnecting, kHolding, kEchoing, kDone };

  void gap_over();
  void echo_overdue();
  void died(const std::string& result, const core::Error& err);
  void report(HoldOutcome outcome);
  void read_info(HoldOutcome* outcome);
  void use_gap_info(HoldOutcome* outcome) const;  // what read_info() found as the gap ended
  void ensure_timer();

  // ConnectAnyListener
  void on_connected(core::ConnectAny& c, core::TcpSocket& socket, const core::ConnectTry& tried) override;
  void on_done(core::ConnectAny& c, const core::Error& err) override;
  // SocketListener, once connected
  void on_data(core::Stream& s, const char* data, std::size_t len) override;
  void on_end(core::Stream& s) override;
  void on_error(core::Stream& s, const core::Error& err) override;
  void on_write_done(core::Stream& s, const core::Error& err) override;
  void on_close(core::Stream& s) override;

  core::Loop& loop_;
  FlowOptions opts_;
  State state_ = State::kIdle;
  core::ConnectAny* connect_ = nullptr;
  core::TcpSocket* socket_ = nullptr;
  core::Timer* timer_ = nullptr;
  ConnectedFn connected_;
  HeldFn held_;
  FlowConnected conn_;
  double gap_ms_ = 0;
  double gap_started_ms_ = 0;
  double sent_ms_ = 0;
  core::TcpInfo gap_info_;  // read as the gap ended, before the byte went out
  bool have_gap_info_ = false;
  int gap_info_rc_ = 0;
};

}  // namespace netjs::commands

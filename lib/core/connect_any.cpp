#include "core/connect_any.h"

#include "core/dns.h"
#include "core/error_class.h"
#include "core/timer.h"

#include <netinet/in.h>
#include <uv.h>

namespace netjs::core {

namespace {

double now_ms() { return static_cast<double>(uv_hrtime()) / 1e6; }

constexpr std::size_t kNoSlot = static_cast<std::size_t>(-1);

}  // namespace

class ConnectAny::Entered {
 public:
  explicit Entered(ConnectAny* self) : self_(self) { ++self_->depth_; }
  ~Entered() {
    if (--self_->depth_ == 0) self_->maybe_delete();
  }
  Entered(const Entered&) = delete;
  Entered& operator=(const Entered&) = delete;

 private:
  ConnectAny* self_;
};

ConnectAny::ConnectAny(Loop& loop, ConnectAnyOptions options, ConnectAnyListener* listener)
    : Resource(loop), opts_(std::move(options)), listener_(listener) {}

ConnectAny* ConnectAny::start(Loop& loop, ConnectAnyOptions options, ConnectAnyListener* listener) {
  auto* self = new ConnectAny(loop, std::move(options), listener);
  bool ended;
  {
    Entered entered(self);
    self->begin();
    ended = self->ended_;
  }  // `self` may be gone from here when it ended
  return ended ? nullptr : self;
}

std::string ConnectAny::describe() const { return "connect to " + opts_.host + " port " + std::to_string(opts_.port); }

void ConnectAny::begin() {
  if (opts_.timeout_ms > 0) {
    timer_ = Timer::create(
        loop(), [this](Timer&) { expire(); },
        [this](Timer&) {
          Entered entered(this);
          timer_ = nullptr;
          --open_;
        });
    ++open_;
    (void)timer_->start(static_cast<uint64_t>(opts_.timeout_ms));
  }
  if (const int family = ip_family(opts_.host); family != 0) {
    resolved({Endpoint{opts_.host, 0, family}});
    return;
  }
  LookupOptions lo;
  lo.family = opts_.family;
  int err = 0;
  const double t0 = now_ms();
  lookup_ = Lookup::start(loop(), opts_.host, lo, [this, t0](const Error& e, const std::vector<Endpoint>& addresses) {
    Entered entered(this);
    lookup_ = nullptr;
    --open_;
    if (ended_) return;  // closed or expired meanwhile: this is the cancellation (or a late answer)
    dns_ms_ = now_ms() - t0;
    if (e) {
      finish(e);
      return;
    }
    resolved(addresses);
  }, &err);
  if (!lookup_) {
    finish(make_error(err, "getaddrinfo", opts_.host));
    return;
  }
  ++open_;
}

void ConnectAny::resolved(const std::vector<Endpoint>& addresses) {
  const int source_family = opts_.source_address.empty() ? 0 : ip_family(opts_.source_address);
  bool have4 = false, have6 = false;
  for (const Endpoint& a : addresses) {
    if (source_family != 0 && a.family != source_family) continue;
    if (opts_.policy == ConnectAnyOptions::kFirstOfEachFamily) {
      bool& have = a.family == 4 ? have4 : have6;
      if (have) continue;  // the first address of each family speaks for it
      have = true;
    }
    candidates_.push_back(Endpoint{a.address, opts_.port, a.family});
  }
  if (candidates_.empty()) {
    finish(family_error("connect", opts_.host, opts_.port));
    return;
  }
  tried_.reserve(candidates_.size());  // on_connected's reference into it stays good
  slots_.reserve(candidates_.size());
  if (opts_.policy == ConnectAnyOptions::kInTurn) {
    try_next();
    return;
  }
  // Every one starts before any answer is looked at: a connect may fail at once.
  for (next_ = 0; next_ < candidates_.size() && !ended_; ++next_) (void)connect_one(next_);
  check_all_answered();
}

void ConnectAny::try_next() {
  while (!ended_ && next_ < candidates_.size()) {
    if (connect_one(next_++)) return;
  }
  if (!ended_) finish(tried_.back().error);
}

bool ConnectAny::connect_one(std::size_t i) {
  const Endpoint& to = candidates_[i];
  tried_.push_back(ConnectTry{to, {}, -1});
  slots_.emplace_back();
  const std::size_t slot = tried_.size() - 1;
  sockaddr_storage peer{};
  int rc = to_sockaddr(to.address, to.port, &peer);
  TcpSocket* socket = nullptr;
  if (rc == 0 && !opts_.source_address.empty()) {
    socket = TcpSocket::create(loop(), this);
    slots_[slot].socket = socket;
    ++open_;
    sockaddr_storage local{};
    rc = to_sockaddr(opts_.source_address, opts_.source_port, &local);
    if (rc == 0) rc = socket->bind(reinterpret_cast<sockaddr*>(&local));
    if (rc != 0) {
      record_failure(slot, make_error(rc, "bind", opts_.source_address, opts_.source_port));
      return false;
    }
  }
  listener_->on_connecting(*this, to);
  if (ended_) return false;
  if (rc == 0) {
    if (!socket) {
      socket = TcpSocket::create(loop(), this);
      slots_[slot].socket = socket;
      ++open_;
    }
    slots_[slot].started_ms = now_ms();
    rc = socket->connect(reinterpret_cast<sockaddr*>(&peer));
  }
  if (rc != 0) {
    record_failure(slot, make_error(rc, "connect", to.address, to.port));
    return false;
  }
  slots_[slot].connecting = true;
  return true;
}

void ConnectAny::record_failure(std::size_t i, const Error& err) {
  tried_[i].error = err;
  slots_[i].connecting = false;
  if (slots_[i].socket) slots_[i].socket->close();  // its on_close clears the slot
}

void ConnectAny::check_all_answered() {
  if (ended_) return;
  for (const Slot& s : slots_) {
    if (s.connecting) return;
  }
  // Any address connected: success. Otherwise the first address speaks for the name.
  for (const ConnectTry& t : tried_) {
    if (t.connect_ms >= 0) {
      finish({});
      return;
    }
  }
  finish(tried_.front().error);
}

void ConnectAny::expire() {
  Entered entered(this);
  if (ended_) return;
  timed_out_ = true;
  if (lookup_) {
    finish(timeout_error("getaddrinfo", opts_.host));
    return;
  }
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].connecting) record_failure(i, timeout_error("connect", tried_[i].address.address, opts_.port));
  }
  if (opts_.policy == ConnectAnyOptions::kInTurn) finish(tried_.back().error);
  else check_all_answered();
}

void ConnectAny::close() {
  Entered entered(this);
  end();
}

void ConnectAny::finish(const Error& err) {
  if (ended_) return;
  end();
  listener_->on_done(*this, err);
}

void ConnectAny::end() {
  if (ended_) return;
  ended_ = true;
  if (timer_) timer_->close();
  if (lookup_) lookup_->close();  // its callback still comes (ECANCELED) and finds us ended
  for (Slot& s : slots_) {
    s.connecting = false;
    if (s.socket) s.socket->close();
  }
}

void ConnectAny::maybe_delete() {
  if (ended_ && open_ == 0 && depth_ == 0) delete this;
}

std::size_t ConnectAny::slot_of(const Stream& socket) const {
  for (std::size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].socket == &socket) return i;
  }
  return kNoSlot;
}

void ConnectAny::on_connect(TcpSocket& socket, const Error& err) {
  Entered entered(this);
  const std::size_t i = slot_of(socket);
  if (ended_ || i == kNoSlot || !slots_[i].connecting) return;
  if (err) {
    listener_->on_connect_failed(*this, err);
    if (ended_) return;
    record_failure(i, err);
    if (opts_.policy == ConnectAnyOptions::kInTurn) try_next();
    else check_all_answered();
    return;
  }
  tried_[i].connect_ms = now_ms() - slots_[i].started_ms;
  slots_[i] = Slot{};
  --open_;  // the socket is the listener's now
  listener_->on_connected(*this, socket, tried_[i]);
  if (socket.listener() == static_cast<SocketListener*>(this)) {
    // Not taken: ours again, to close.
    slots_[i].socket = &socket;
    ++open_;
    socket.close();
  }
  if (opts_.policy == ConnectAnyOptions::kInTurn) finish({});
  else check_all_answered();
}

void ConnectAny::on_close(Stream& socket) {
  Entered entered(this);
  const std::size_t i = slot_of(socket);
  if (i == kNoSlot) return;
  slots_[i] = Slot{};
  --open_;
}

}  // namespace netjs::core

// Name resolution through libuv's getaddrinfo (thread pool), shared by the net module and the CLI.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <functional>
#include <string>
#include <vector>

namespace netjs::core {

struct LookupOptions {
  int family = 0;         // 0 = any, 4, 6
  bool addrconfig = false;  // AI_ADDRCONFIG: only families configured on this host
};

// `addresses` in the resolver's order; on failure `err.code` is set (syscall "getaddrinfo", address =
// the host name). Ports in the endpoints are 0.
using LookupCallback = std::function<void(const Error& err, const std::vector<Endpoint>& addresses)>;

// One pending lookup. Owns itself; deleted after its callback. close() cancels it: the callback then
// runs with UV_ECANCELED (or with the result, if the thread pool had already finished).
class Lookup final : public Resource {
 public:
  static Lookup* start(Loop& loop, const std::string& host, const LookupOptions& opts, LookupCallback cb,
                       int* err);

  void close() override;
  bool closing() const override { return cancelled_; }
  bool keeps_loop_alive() const override { return !cancelled_; }
  std::string describe() const override { return "dns lookup " + host_; }

 private:
  Lookup(Loop& loop, std::string host, LookupCallback cb);
  ~Lookup() override = default;

  uv_getaddrinfo_t req_{};
  std::string host_;
  LookupCallback cb_;
  bool cancelled_ = false;
};

}  // namespace netjs::core

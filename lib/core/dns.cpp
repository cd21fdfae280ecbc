#include "core/dns.h"

#include "log/log.h"

#include <netdb.h>

namespace netjs::core {

Lookup::Lookup(Loop& loop, std::string host, LookupCallback cb)
    : Resource(loop), host_(std::move(host)), cb_(std::move(cb)) {
  req_.data = this;
}

Lookup* Lookup::start(Loop& loop, const std::string& host, const LookupOptions& opts, LookupCallback cb,
                      int* err) {
  addrinfo hints{};
  hints.ai_family = opts.family == 4 ? AF_INET : opts.family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = opts.addrconfig ? AI_ADDRCONFIG : 0;
  auto* lookup = new Lookup(loop, host, std::move(cb));
  *err = uv_getaddrinfo(
      loop.raw(), &lookup->req_,
      [](uv_getaddrinfo_t* req, int status, addrinfo* res) {
        auto* self = static_cast<Lookup*>(req->data);
        std::vector<Endpoint> addresses;
        for (addrinfo* ai = res; ai; ai = ai->ai_next) {
          if (ai->ai_family != AF_INET && ai->ai_family != AF_INET6) continue;
          Endpoint ep = from_sockaddr(ai->ai_addr);
          ep.port = 0;
          addresses.push_back(std::move(ep));
        }
        uv_freeaddrinfo(res);
        Error err;
        if (status != 0) {
          err = make_error(status, "getaddrinfo", self->host_);
        } else if (addresses.empty()) {
          err = make_error(UV_EAI_NODATA, "getaddrinfo", self->host_);
        }
        log::get()->debug("lookup {}: {}", self->host_,
                          err ? err.name() : addresses.front().address + (addresses.size() > 1 ? " ..." : ""));
        LookupCallback cb = std::move(self->cb_);
        delete self;
        if (cb) cb(err, addresses);
      },
      host.c_str(), nullptr, &hints);
  if (*err != 0) {
    delete lookup;
    return nullptr;
  }
  return lookup;
}

void Lookup::close() {
  if (cancelled_) return;
  cancelled_ = true;
  uv_cancel(reinterpret_cast<uv_req_t*>(&req_));
}

}  // namespace netjs::core

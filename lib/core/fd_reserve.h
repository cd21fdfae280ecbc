// One spare file descriptor per loop, for the moment accept() fails with EMFILE/ENFILE.
//
// A listening socket whose pending connections cannot be accepted stays readable, so the loop would
// spin on it. libuv's answer is to keep a spare descriptor, and on EMFILE close it, accept every
// waiting connection and close it at once, then reopen the spare — silently: no callback, no count,
// nobody learns who was turned away. netjs does the same here, where it can count the connections,
// name their peers and tell the server's owner (serve's summary, a JS server's 'drop' event), and
// keeps libuv's own spare closed so that EMFILE reaches TcpServer instead.
#pragma once

#include "core/address.h"

#include <uv.h>

#include <cstddef>
#include <vector>

namespace netjs::core {

class DescriptorReserve {
 public:
  DescriptorReserve();
  ~DescriptorReserve();
  DescriptorReserve(const DescriptorReserve&) = delete;
  DescriptorReserve& operator=(const DescriptorReserve&) = delete;

  // libuv reopens its spare in every stream init while it has none: close it again, so that an
  // accept failing for lack of descriptors is reported to the server's callback.
  static void release_libuv_spare(uv_loop_t* loop);

  bool held() const { return fd_ >= 0; }
  // Takes the spare back if a descriptor is free. Returns held().
  bool restore();
  // Gives the spare's descriptor up, accepts and closes every connection waiting on `listen_fd`,
  // and returns their peers. The spare stays released: the slot must still be free when libuv
  // accepts next (that accept then finds the queue empty and its loop ends); restore() later.
  std::vector<Endpoint> drain(int listen_fd);

 private:
  int fd_ = -1;
};

}  // namespace netjs::core

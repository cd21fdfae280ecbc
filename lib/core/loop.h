// The event loop and the registry of everything alive on it.
//
// Every libuv handle or request netjs creates belongs to one Resource object registered here. That
// lets shutdown close everything in one place (uv_loop_close must then return 0) and lets a hung
// script report which handles keep the loop alive.
#pragma once

#include "core/fd_reserve.h"

#include <uv.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace netjs::core {

class Loop;

// Base of every object that owns libuv handles or requests. Resources are created on the heap and
// own themselves: they are deleted by their own close path, after libuv's last close callback.
class Resource {
 public:
  Resource(const Resource&) = delete;
  Resource& operator=(const Resource&) = delete;

  // Starts closing. Safe to call any number of times; the object is deleted once libuv is done.
  virtual void close() = 0;
  virtual bool closing() const = 0;
  // Whether this resource keeps the loop alive (libuv's "ref" plus "active").
  virtual bool keeps_loop_alive() const = 0;
  // One line for hang reports and logs: "tcp socket 127.0.0.1:40312 -> 127.0.0.1:8000".
  virtual std::string describe() const = 0;

  // Node's ref()/unref()/hasRef(): whether the resource, while active, keeps the loop alive. libuv's
  // flag on ref_handle(); a resource without one ignores ref()/unref() and has no ref. After close()
  // they change nothing.
  virtual void ref();
  virtual void unref();
  virtual bool has_ref() const;

  Loop& loop() const { return *loop_; }

 protected:
  explicit Resource(Loop& loop);
  virtual ~Resource();

  // The one libuv handle that ref()/unref() act on; nullptr when there is none.
  virtual uv_handle_t* ref_handle() { return nullptr; }

 private:
  friend class Loop;
  Loop* loop_;
  Resource* prev_ = nullptr;
  Resource* next_ = nullptr;
};

class Loop {
 public:
  Loop();
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  uv_loop_t* raw() { return &loop_; }
  // Runs until no ref'd handle remains or stop() is called. Returns true if stopped early.
  bool run();
  void stop() { uv_stop(&loop_); }
  uint64_t now() const { return uv_now(&loop_); }

  // Closes every registered resource and runs the loop until all close callbacks have fired.
  void close_all();
  // close_all(), then uv_loop_close(). Returns libuv's result: 0 when nothing was left open.
  [[nodiscard]] int close();

  // Descriptions of resources that keep the loop alive (for "test hung" reports).
  std::vector<std::string> describe_live() const;
  std::size_t resource_count() const { return count_; }

  // The spare descriptor that lets a server drop connections it cannot accept (see fd_reserve.h).
  DescriptorReserve& descriptor_reserve() { return reserve_; }
  // Every stream init (TCP, pipe, TTY) calls this right after: libuv must not keep a spare of its own.
  void stream_initialized() { DescriptorReserve::release_libuv_spare(&loop_); }

  // Reads are consumed synchronously by listeners, so one buffer serves every socket on the loop.
  char* read_buffer() { return read_buffer_.data(); }
  std::size_t read_buffer_size() const { return read_buffer_.size(); }

 private:
  friend class Resource;
  void add(Resource* r);
  void remove(Resource* r);

  uv_loop_t loop_{};
  bool closed_ = false;
  Resource* head_ = nullptr;
  std::size_t count_ = 0;
  std::vector<char> read_buffer_;
  DescriptorReserve reserve_;
};

}  // namespace netjs::core

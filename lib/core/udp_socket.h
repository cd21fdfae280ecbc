// A UDP socket over libuv (uv_udp_t): bind, connect, datagram sends and receives, socket options.
// Datagrams are not a byte stream, so this is not a Stream: it reports to its own UdpListener. Knows
// nothing of JS: the dgram module's binding is one listener.
#pragma once

#include "core/address.h"
#include "core/error.h"
#include "core/loop.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace netjs::core {

class UdpSocket;

class UdpListener {
 public:
  virtual ~UdpListener() = default;
  // One datagram (possibly empty) from `from`. `data` is valid only during the call.
  virtual void on_message(UdpSocket& socket, const char* data, std::size_t len, const Endpoint& from) = 0;
  // Receiving failed (syscall "recvmsg"); the socket stays open.
  virtual void on_receive_error(UdpSocket& socket, const Error& err) = 0;
  // A send that send() queued has finished (or failed, or was cancelled by close()); `tag` is the
  // caller's, `bytes` the datagram's size.
  virtual void on_send_done(UdpSocket& socket, uint32_t tag, const Error& err, std::size_t bytes) = 0;
  // Last call; the socket is deleted when this returns.
  virtual void on_close(UdpSocket& socket) = 0;
};

// One piece of a datagram: send() takes several and sends them as one datagram.
struct ConstBuffer {
  const char* data;
  std::size_t size;
};

class UdpSocket final : public Resource {
 public:
  static UdpSocket* create(Loop& loop, UdpListener* listener);

  // Flags for bind(): reuse the address (SO_REUSEADDR), and keep a "::" bind from taking IPv4.
  static constexpr unsigned kReuseAddr = 1;
  static constexpr unsigned kIpv6Only = 2;
  // Returns a libuv error code, as every call below (UV_EBADF once closing).
  [[nodiscard]] int bind(const sockaddr* local, unsigned flags);
  // Takes over a descriptor that is already a (bound) UDP socket, an inherited one, instead of bind().
  [[nodiscard]] int open(int fd);
  // Fixes the peer (nullptr: forget it). Sends then need no address and only its datagrams arrive.
  [[nodiscard]] int connect(const sockaddr* peer);
  [[nodiscard]] int disconnect() { return connect(nullptr); }

  [[nodiscard]] int receive_start();
  [[nodiscard]] int receive_stop();

  // Sends the pieces as one datagram to `to` (nullptr on a connected socket). Returns the bytes sent at
  // once (>= 0: nothing follows), kQueued (the kernel was busy: the bytes are copied and on_send_done
  // with `tag` follows), or a negative libuv error code.
  static constexpr int kQueued = -(1 << 30);
  [[nodiscard]] int send(const ConstBuffer* pieces, std::size_t count, const sockaddr* to, uint32_t tag);

  [[nodiscard]] int set_broadcast(bool on);
  [[nodiscard]] int set_ttl(int ttl);
  [[nodiscard]] int set_multicast_ttl(int ttl);
  [[nodiscard]] int set_multicast_loopback(bool on);
  [[nodiscard]] int set_multicast_interface(const std::string& address);
  // Joins (or leaves) a multicast group on `interface_address` (empty: the system's choice).
  [[nodiscard]] int set_membership(const std::string& group, const std::string& interface_address, bool join);
  // Joins (or leaves) the source-specific group (`source`, `group`).
  [[nodiscard]] int set_source_membership(const std::string& source, const std::string& group,
                                          const std::string& interface_address, bool join);
  // SO_RCVBUF / SO_SNDBUF: *value 0 reads the size into it, otherwise sets it.
  [[nodiscard]] int receive_buffer_size(int* value);
  [[nodiscard]] int send_buffer_size(int* value);

  // Empty endpoint (port 0, family 0) when unknown; *err gets libuv's code when non-null.
  Endpoint local_endpoint(int* err = nullptr) const;
  Endpoint remote_endpoint(int* err = nullptr) const;
  // Bytes and datagrams queued in libuv, waiting for the kernel.
  std::size_t send_queue_size() const;
  std::size_t send_queue_count() const;

  void close() override;
  bool closing() const override { return closing_; }
  bool keeps_loop_alive() const override;
  std::string describe() const override;

 private:
  UdpSocket(Loop& loop, UdpListener* listener);
  ~UdpSocket() override = default;
  uv_handle_t* ref_handle() override { return reinterpret_cast<uv_handle_t*>(&udp_); }
  static void received(uv_udp_t* handle, ssize_t nread, const uv_buf_t* buf, const sockaddr* addr, unsigned flags);
  static void sent(uv_udp_send_t* req, int status);

  uv_udp_t udp_{};
  UdpListener* listener_;
  bool closing_ = false;
};

}  // namespace netjs::core

// Keeps the last `limit` bytes of a stream: a test that prints megabytes must not make the runner
// hold them all, and the end of the output is the part that explains a failure.
#pragma once

#include <cstddef>
#include <string>

namespace netjs::runner {

class TailBuffer {
 public:
  explicit TailBuffer(std::size_t limit) : limit_(limit) {}

  void append(const char* data, std::size_t len) {
    buf_.append(data, len);
    // Trim in batches (at twice the limit) so appending stays amortised O(1).
    if (buf_.size() > 2 * limit_) trim();
  }

  // The kept bytes; `truncated` tells whether earlier ones were dropped.
  std::string take(bool* truncated) {
    trim();
    *truncated = truncated_;
    return std::move(buf_);
  }

 private:
  void trim() {
    if (buf_.size() <= limit_) return;
    buf_.erase(0, buf_.size() - limit_);
    truncated_ = true;
  }

  std::size_t limit_;
  std::string buf_;
  bool truncated_ = false;
};

}  // namespace netjs::runner

// Cuts a byte stream (stdin) into lines, each line with its newline one UDP datagram, as `connect -u`
// sends them: a read of stdin may end in the middle of a line, or hold several.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace netjs::commands {

class LineDatagrams {
 public:
  // A line longer than `max_size` (no newline in that many bytes: a binary file, say) leaves in pieces
  // of `max_size` bytes, rather than growing without bound and then failing as too big for a datagram.
  explicit LineDatagrams(std::size_t max_size) : max_size_(max_size > 0 ? max_size : 1) {}

  // The complete lines (each ending in '\n') that `data` finishes, and the full pieces of an overlong
  // one; the rest waits for more.
  std::vector<std::string> add(const char* data, std::size_t len);
  // At the end of the input: the last line if it had no newline (nothing when empty).
  std::vector<std::string> finish();
  std::size_t pending() const { return partial_.size(); }

 private:
  std::size_t max_size_;
  std::string partial_;
};

}  // namespace netjs::commands

// Cuts a byte stream (stdin) into lines, each line with its newline one UDP datagram, as `connect -u`
// sends them: a read of stdin may end in the middle of a line, or hold several.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace netjs::commands {

class LineDatagrams {
 public:
  // The complete lines (each ending in '\n') that `data` finishes; the rest waits for more.
  std::vector<std::string> add(const char* data, std::size_t len);
  // At the end of the input: the last line if it had no newline (nothing when empty).
  std::vector<std::string> finish();
  std::size_t pending() const { return partial_.size(); }

 private:
  std::string partial_;
};

}  // namespace netjs::commands

#include "commands/line_datagrams.h"

#include <cstring>

namespace netjs::commands {

std::vector<std::string> LineDatagrams::add(const char* data, std::size_t len) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < len) {
    // Up to the newline, or up to what fills the datagram, whichever comes first.
    const std::size_t room = max_size_ - partial_.size();
    const std::size_t span = len - at < room ? len - at : room;
    const void* nl = std::memchr(data + at, '\n', span);
    const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - (data + at)) + 1 : span;
    partial_.append(data + at, take);
    at += take;
    if (nl || partial_.size() >= max_size_) {
      lines.push_back(std::move(partial_));
      partial_.clear();
    }
  }
  return lines;
}

std::vector<std::string> LineDatagrams::finish() {
  std::vector<std::string> lines;
  if (!partial_.empty()) lines.push_back(std::move(partial_));
  partial_.clear();
  return lines;
}

}  // namespace netjs::commands

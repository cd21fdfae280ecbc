#include "commands/line_datagrams.h"

#include <cstring>

namespace netjs::commands {

std::vector<std::string> LineDatagrams::add(const char* data, std::size_t len) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < len) {
    const void* nl = std::memchr(data + at, '\n', len - at);
    if (!nl) break;
    const std::size_t end = static_cast<std::size_t>(static_cast<const char*>(nl) - data) + 1;
    partial_.append(data + at, end - at);
    lines.push_back(std::move(partial_));
    partial_.clear();
    at = end;
  }
  partial_.append(data + at, len - at);
  return lines;
}

std::vector<std::string> LineDatagrams::finish() {
  std::vector<std::string> lines;
  if (!partial_.empty()) lines.push_back(std::move(partial_));
  partial_.clear();
  return lines;
}

}  // namespace netjs::commands

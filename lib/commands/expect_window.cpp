#include "commands/expect_window.h"

namespace netjs::commands {

bool ExpectWindow::feed(std::string_view text, const char* data, std::size_t len) {
  tail_.append(data, len);
  if (tail_.find(text) != std::string::npos) return true;
  // A match still to come starts within the last size() - 1 bytes.
  if (tail_.size() >= text.size()) tail_.erase(0, tail_.size() - text.size() + 1);
  return false;
}

}  // namespace netjs::commands

// --expect across reads: the text may arrive split over several reads (or datagrams), so what is kept
// between them is the tail of the reply that could still be the start of a match — never the whole
// reply, which may be endless.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace netjs::commands {

class ExpectWindow {
 public:
  // Adds received bytes; true when `text` appears in what came so far (an empty text is there at once).
  bool feed(std::string_view text, const char* data, std::size_t len);

 private:
  std::string tail_;
};

}  // namespace netjs::commands

#include "core/utf8.h"

namespace netjs::core {

std::size_t utf8_sequence(const unsigned char* p, std::size_t n, std::uint32_t* cp) {
  if (n == 0) return 0;
  const unsigned char c = p[0];
  std::uint32_t v;
  std::size_t len;
  if (c < 0x80) { *cp = c; return 1; }
  if ((c & 0xE0) == 0xC0) { v = c & 0x1F; len = 2; }
  else if ((c & 0xF0) == 0xE0) { v = c & 0x0F; len = 3; }
  else if ((c & 0xF8) == 0xF0) { v = c & 0x07; len = 4; }
  else return 0;
  if (len > n) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (p[k] & 0x3F);
  }
  static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len]) return 0;  // overlong
  *cp = v;
  return len;
}

}  // namespace netjs::core

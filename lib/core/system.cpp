#include "core/system.h"

#include <uv.h>

#include <vector>

namespace netjs::core {

std::string executable_path() {
  std::vector<char> buf(4096);
  std::size_t size = buf.size();
  if (uv_exepath(buf.data(), &size) != 0) return {};
  return std::string(buf.data(), size);
}

unsigned available_parallelism() {
  unsigned n = uv_available_parallelism();
  return n > 0 ? n : 1;
}

}  // namespace netjs::core

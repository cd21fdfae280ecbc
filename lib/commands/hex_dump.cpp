#include "commands/hex_dump.h"

#include "commands/stats.h"

namespace netjs::commands {

namespace {
constexpr std::size_t kPerLine = 16;
constexpr char kHex[] = "0123456789abcdef";
}  // namespace

std::string format_hex_chunk(DumpDirection dir, double elapsed_s, uint64_t offset, const char* data, std::size_t len) {
  char head[96];
  std::snprintf(head, sizeof(head), "%c %.6f s  offset 0x%08llx  %llu %s\n", dir == DumpDirection::kOut ? '>' : '<',
                elapsed_s, static_cast<unsigned long long>(offset), static_cast<unsigned long long>(len),
                len == 1 ? "byte" : "bytes");
  std::string text = head;
  for (std::size_t line = 0; line < len; line += kPerLine) {
    char where[24];
    // The offset in the direction's stream, so the lines of successive chunks count on.
    std::snprintf(where, sizeof(where), "  %08llx ", static_cast<unsigned long long>(offset + line));
    text += where;
    std::string ascii;
    for (std::size_t i = 0; i < kPerLine; ++i) {
      if (i == 8) text += ' ';
      if (line + i >= len) {
        text += "   ";  // a short last line keeps the ASCII column where the full lines have it
        continue;
      }
      const auto byte = static_cast<unsigned char>(data[line + i]);
      text += ' ';
      text += kHex[byte >> 4];
      text += kHex[byte & 0xf];
      ascii += byte >= 0x20 && byte < 0x7f ? static_cast<char>(byte) : '.';
    }
    text += "  |" + ascii + "|\n";
  }
  return text;
}

void HexDumpWriter::dump(DumpDirection dir, const char* data, std::size_t len) {
  if (!out_ || len == 0) return;
  uint64_t& offset = offsets_[dir == DumpDirection::kIn];
  const std::string text = format_hex_chunk(dir, (now_ms() - start_ms_) / 1000, offset, data, len);
  offset += len;
  std::fwrite(text.data(), 1, text.size(), out_);
  std::fflush(out_);
}

}  // namespace netjs::commands

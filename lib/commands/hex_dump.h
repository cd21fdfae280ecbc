// `--hexdump`: every byte a session moves, as text beside the data (as ncat --hex-dump and socat -x
// give it), never mixed into the data itself. One writer per session; each chunk is told with its
// direction, so a TCP stream and UDP datagrams can both be dumped through the same class.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

namespace netjs::commands {

enum class DumpDirection { kOut, kIn };  // sent to the peer, received from it

// One chunk: a header "> 0.000123 s  offset 0x00000000  18 bytes" ('>' sent, '<' received; the time
// since the session began; the chunk's offset within that direction's stream), then 16 bytes a line:
// the offset, the hex in two groups of 8, the bytes as ASCII ('.' for anything not printable).
std::string format_hex_chunk(DumpDirection dir, double elapsed_s, uint64_t offset, const char* data, std::size_t len);

class HexDumpWriter {
 public:
  // Writes to `out` (not owned; flushed after each chunk, so the dump keeps pace with the data) with
  // times counted from `start_ms` (commands/stats.h now_ms()).
  HexDumpWriter(std::FILE* out, double start_ms) : out_(out), start_ms_(start_ms) {}

  void dump(DumpDirection dir, const char* data, std::size_t len);
  uint64_t offset(DumpDirection dir) const { return offsets_[dir == DumpDirection::kIn]; }

 private:
  std::FILE* out_;
  double start_ms_;
  uint64_t offsets_[2] = {0, 0};  // bytes dumped so far: out, in
};

}  // namespace netjs::commands

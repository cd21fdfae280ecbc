#include "js/lz_block.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace netjs::js {

namespace {

constexpr std::size_t kMinMatch = 4;
constexpr std::size_t kWindow = 65535;

// Reads a length continued in 255-steps after a nibble of 15. False if the input ends first.
bool read_length(const unsigned char*& p, const unsigned char* end, std::size_t& len) {
  if (len != 15) return true;
  unsigned char b;
  do {
    if (p == end) return false;
    b = *p++;
    len += b;
  } while (b == 255);
  return true;
}

inline void copy8(unsigned char* to, const unsigned char* from) {
  std::uint64_t chunk;
  std::memcpy(&chunk, from, 8);
  std::memcpy(to, &chunk, 8);
}

// Copies the `len` bytes that start `offset` bytes back to `to`, eight at a time. A short offset
// repeats a pattern (the source overlaps what is written): once the first `step` bytes are written
// byte by byte, every byte equals the one `step` back too, with `step` a multiple of offset >= 8.
inline void copy_match(unsigned char* to, std::size_t offset, std::size_t len) {
  std::size_t step = offset;
  while (step < 8) step *= 2;
  const unsigned char* from = to - offset;
  std::size_t i = 0;
  if (offset < 8) {
    for (; i < len && i < step; ++i) to[i] = from[i];
  }
  from = to - step;
  for (; i + 8 <= len; i += 8) copy8(to + i, from + i);
  for (; i < len; ++i) to[i] = from[i];
}

void write_length(std::string& out, std::size_t extra) {
  for (; extra >= 255; extra -= 255) out += static_cast<char>(255);
  out += static_cast<char>(extra);
}

}  // namespace

bool lz_unpack(const unsigned char* in, std::size_t in_len, unsigned char* out, std::size_t out_len) {
  const unsigned char* p = in;
  const unsigned char* const end = in + in_len;
  std::size_t o = 0;
  while (p != end) {
    const unsigned char token = *p++;
    std::size_t lit = token >> 4;
    if (!read_length(p, end, lit) || lit > static_cast<std::size_t>(end - p) || lit > out_len - o) return false;
    // Mostly a few bytes: one 8-byte copy where both sides have the room (any bytes written past
    // the literals are overwritten by what follows), else one by one.
    if (lit <= 8 && end - p >= 8 && out_len - o >= 8) {
      copy8(out + o, p);
    } else {
      for (std::size_t i = 0; i < lit; ++i) out[o + i] = p[i];
    }
    p += lit;
    o += lit;
    if (p == end) break;  // the last sequence: literals only
    if (end - p < 2) return false;
    const std::size_t offset = p[0] | (p[1] << 8);
    p += 2;
    std::size_t len = token & 15;
    if (!read_length(p, end, len)) return false;
    len += kMinMatch;
    if (offset == 0 || offset > o || len > out_len - o) return false;
    if (offset >= 8 && len <= 16 && out_len - o >= 16) {  // the common short match, as above
      copy8(out + o, out + o - offset);
      copy8(out + o + 8, out + o + 8 - offset);
    } else {
      copy_match(out + o, offset, len);
    }
    o += len;
  }
  return o == out_len;
}

std::string lz_pack(const unsigned char* data, std::size_t len) {
  constexpr int kHashBits = 15;
  constexpr int kMaxChain = 512;
  std::vector<long> head(std::size_t{1} << kHashBits, -1);
  std::vector<long> prev(len, -1);
  auto hash = [&](std::size_t i) {
    unsigned v;
    std::memcpy(&v, data + i, 4);
    return (v * 2654435761u) >> (32 - kHashBits);
  };
  auto insert = [&](std::size_t i) {
    if (i + kMinMatch > len) return;
    unsigned h = hash(i);
    prev[i] = head[h];
    head[h] = static_cast<long>(i);
  };
  auto longest = [&](std::size_t i, std::size_t& best_off) {
    std::size_t best = 0;
    if (i + kMinMatch > len) return best;
    long c = head[hash(i)];
    for (int n = 0; c >= 0 && n < kMaxChain && i - c <= kWindow; ++n, c = prev[c]) {
      std::size_t l = 0;
      while (i + l < len && data[c + l] == data[i + l]) ++l;
      if (l > best) {
        best = l;
        best_off = i - c;
      }
    }
    return best >= kMinMatch ? best : 0;
  };
  std::string out;
  std::size_t anchor = 0;
  auto emit = [&](std::size_t lit_end, std::size_t match_len, std::size_t offset) {
    std::size_t lit = lit_end - anchor;
    std::size_t ml = match_len ? match_len - kMinMatch : 0;
    out += static_cast<char>(((lit < 15 ? lit : 15) << 4) | (ml < 15 ? ml : 15));
    if (lit >= 15) write_length(out, lit - 15);
    out.append(reinterpret_cast<const char*>(data + anchor), lit);
    if (!match_len) return;
    out += static_cast<char>(offset & 0xff);
    out += static_cast<char>(offset >> 8);
    if (ml >= 15) write_length(out, ml - 15);
  };
  std::size_t i = 0;
  while (i < len) {
    std::size_t off = 0;
    std::size_t l = longest(i, off);
    insert(i);
    if (!l) {
      ++i;
      continue;
    }
    // Lazy: a longer match one byte on is worth a literal.
    std::size_t off2 = 0;
    std::size_t l2 = longest(i + 1, off2);
    if (l2 > l) {
      ++i;
      insert(i);
      l = l2;
      off = off2;
    }
    emit(i, l, off);
    for (std::size_t k = i + 1; k < i + l; ++k) insert(k);
    i += l;
    anchor = i;
  }
  emit(len, 0, 0);
  return out;
}

}  // namespace netjs::js

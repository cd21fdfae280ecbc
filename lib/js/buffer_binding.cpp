// Native half of the `buffer` module: string <-> bytes codecs and the byte work behind Buffer
// (fill, copy, compare, indexOf, concat). Reached from lib/js/modules/buffer.js as
// process._binding('buffer'). The JS side validates arguments and produces the Node-style errors;
// these functions only clamp defensively so that bad input can never touch memory out of range.
//
// Duktape strings are "extended UTF-8" internally: a BMP code point is 1..3 bytes of UTF-8, but
// code points outside the BMP written in JS source (or produced by String.fromCharCode) are kept
// as a surrogate PAIR, each half encoded as its own 3-byte sequence (CESU-8 style). Decoders here
// therefore emit surrogate pairs for 4-byte UTF-8 input, and the UTF-8 encoder joins pairs back
// into 4-byte sequences and replaces lone surrogates with U+FFFD, as V8 does.
//
// Encodings are passed as small integers (see Enc below; buffer.js keeps the same table).

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "js/bindings.h"
#include "js/number_edge.h"

namespace netjs::js {
namespace {

enum Enc : int {
  kUtf8 = 1,
  kHex = 2,
  kBase64 = 3,
  kBase64Url = 4,
  kLatin1 = 5,
  kAscii = 6,
  kUcs2 = 7,
};

constexpr std::size_t kNoCap = static_cast<std::size_t>(-1);

// ---- small helpers ---------------------------------------------------------------------------------

// Bytes of a buffer (plain buffer or any buffer object / typed array view). Never NULL.
const std::uint8_t* bytes_of(duk_context* ctx, duk_idx_t idx, std::size_t* len) {
  duk_size_t n = 0;
  void* p = duk_require_buffer_data(ctx, idx, &n);
  static const std::uint8_t kEmpty = 0;
  *len = static_cast<std::size_t>(n);
  if (p == nullptr || n == 0) {
    *len = 0;
    return &kEmpty;
  }
  return static_cast<const std::uint8_t*>(p);
}

std::uint8_t* mutable_bytes_of(duk_context* ctx, duk_idx_t idx, std::size_t* len) {
  return const_cast<std::uint8_t*>(bytes_of(ctx, idx, len));
}

// An index argument: undefined -> def; NaN/negative -> 0; clamped to max.
std::size_t get_index(duk_context* ctx, duk_idx_t idx, std::size_t def, std::size_t max) {
  if (duk_is_undefined(ctx, idx)) return def < max ? def : max;
  double d = duk_to_number(ctx, idx);
  if (!(d > 0)) return 0;  // also NaN
  if (d >= static_cast<double>(max)) return max;
  return static_cast<std::size_t>(d);
}

// Pushes a new Node.js Buffer (Duktape's built-in Buffer.prototype) of n bytes; returns its data.
std::uint8_t* push_node_buffer(duk_context* ctx, std::size_t n, bool zero) {
  void* p = duk_push_buffer_raw(ctx, n, zero ? 0 : DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
  return static_cast<std::uint8_t*>(p);
}

// Decodes one code point of Duktape's internal extended UTF-8 at s[i] (i < n); advances i. Malformed
// bytes (not produced by JS code, but possible from C) decode as U+FFFD one byte at a time.
inline std::uint32_t next_internal_cp(const std::uint8_t* s, std::size_t n, std::size_t* i) {
  std::uint8_t c = s[*i];
  if (c < 0x80) {
    ++*i;
    return c;
  }
  std::size_t len;
  std::uint32_t cp;
  if (c < 0xC0) {
    ++*i;
    return 0xFFFD;
  } else if (c < 0xE0) {
    len = 2;
    cp = c & 0x1F;
  } else if (c < 0xF0) {
    len = 3;
    cp = c & 0x0F;
  } else if (c < 0xF8) {
    len = 4;
    cp = c & 0x07;
  } else if (c < 0xFC) {
    len = 5;
    cp = c & 0x03;
  } else if (c < 0xFE) {
    len = 6;
    cp = c & 0x01;
  } else if (c == 0xFE) {
    len = 7;
    cp = 0;
  } else {
    ++*i;
    return 0xFFFD;
  }
  if (*i + len > n) {
    ++*i;
    return 0xFFFD;
  }
  for (std::size_t k = 1; k < len; ++k) {
    std::uint8_t cc = s[*i + k];
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += len;
  return cp;
}

inline bool is_high_surrogate(std::uint32_t cp) { return cp >= 0xD800 && cp <= 0xDBFF; }
inline bool is_low_surrogate(std::uint32_t cp) { return cp >= 0xDC00 && cp <= 0xDFFF; }

// Appends a code point (<= 0xFFFF, surrogates allowed) in Duktape's internal encoding.
inline void append_internal_unit(std::string& out, std::uint32_t u) {
  if (u < 0x80) {
    out.push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (u >> 6)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (u >> 12)));
    out.push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

inline void append_internal_cp(std::string& out, std::uint32_t cp) {
  if (cp <= 0xFFFF) {
    append_internal_unit(out, cp);
  } else {
    cp -= 0x10000;
    append_internal_unit(out, 0xD800 + (cp >> 10));
    append_internal_unit(out, 0xDC00 + (cp & 0x3FF));
  }
}

// Reads a Duktape string as UTF-16 code units (what JS sees through charCodeAt()).
struct UnitReader {
  const std::uint8_t* s;
  std::size_t n;
  std::size_t i = 0;
  std::uint32_t pending = 0;  // low surrogate still owed for a code point above U+FFFF

  UnitReader(const std::uint8_t* str, std::size_t len) : s(str), n(len) {}

  bool next(std::uint32_t* unit) {
    if (pending != 0) {
      *unit = pending;
      pending = 0;
      return true;
    }
    if (i >= n) return false;
    if (s[i] < 0x80) {
      *unit = s[i++];
      return true;
    }
    std::uint32_t cp = next_internal_cp(s, n, &i);
    if (cp > 0x10FFFF) {
      cp = 0xFFFD;
    } else if (cp > 0xFFFF) {
      pending = 0xDC00 + ((cp - 0x10000) & 0x3FF);
      cp = 0xD800 + ((cp - 0x10000) >> 10);
    }
    *unit = cp;
    return true;
  }
};

// ---- string (internal bytes) -> bytes ----------------------------------------------------------------
// Each encoder writes at most cap bytes to dst and returns the count; with dst == nullptr it only
// counts (cap is then ignored). Encoders never write a partial character.

std::size_t encode_utf8(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  if (dst == nullptr) cap = kNoCap;
  std::size_t o = 0;
  std::size_t i = 0;
  while (i < n) {
    // ASCII run.
    std::size_t start = i;
    while (i < n && s[i] < 0x80) ++i;
    if (i > start) {
      std::size_t run = i - start;
      if (run > cap - o) {
        if (dst != nullptr) std::memcpy(dst + o, s + start, cap - o);
        return cap;
      }
      if (dst != nullptr) std::memcpy(dst + o, s + start, run);
      o += run;
      if (i >= n) break;
    }
    std::uint32_t cp = next_internal_cp(s, n, &i);
    if (is_high_surrogate(cp)) {
      std::size_t j = i;
      std::uint32_t lo = (j < n) ? next_internal_cp(s, n, &j) : 0;
      if (is_low_surrogate(lo)) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        i = j;
      } else {
        cp = 0xFFFD;
      }
    } else if (is_low_surrogate(cp) || cp > 0x10FFFF) {
      cp = 0xFFFD;
    }
    std::size_t len = cp < 0x800 ? 2 : (cp < 0x10000 ? 3 : 4);
    if (len > cap - o) return o;
    if (dst != nullptr) {
      std::uint8_t* d = dst + o;
      if (len == 2) {
        d[0] = static_cast<std::uint8_t>(0xC0 | (cp >> 6));
        d[1] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
      } else if (len == 3) {
        d[0] = static_cast<std::uint8_t>(0xE0 | (cp >> 12));
        d[1] = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        d[2] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
      } else {
        d[0] = static_cast<std::uint8_t>(0xF0 | (cp >> 18));
        d[1] = static_cast<std::uint8_t>(0x80 | ((cp >> 12) & 0x3F));
        d[2] = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
        d[3] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
      }
    }
    o += len;
  }
  return o;
}

// latin1/ascii: the low 8 bits of every UTF-16 code unit. ucs2: every code unit as 2 bytes LE.
std::size_t encode_units(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap,
                         bool wide) {
  if (dst == nullptr) cap = kNoCap;
  std::size_t unit = wide ? 2 : 1;
  std::size_t o = 0;
  UnitReader r(s, n);
  std::uint32_t u;
  while (r.next(&u)) {
    if (unit > cap - o) return o;
    if (dst != nullptr) {
      dst[o] = static_cast<std::uint8_t>(u & 0xFF);
      if (wide) dst[o + 1] = static_cast<std::uint8_t>((u >> 8) & 0xFF);
    }
    o += unit;
  }
  return o;
}

inline int hex_value(std::uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Pairs of hex digits; stops at the first invalid pair; an odd trailing digit is ignored. Like
// Node, only the low 8 bits of each UTF-16 code unit are looked at.
std::size_t encode_hex(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  if (dst == nullptr) cap = kNoCap;
  std::size_t o = 0;
  UnitReader r(s, n);
  std::uint32_t a;
  std::uint32_t b;
  while (o < cap && r.next(&a) && r.next(&b)) {
    int hi = hex_value(static_cast<std::uint8_t>(a));
    int lo = hex_value(static_cast<std::uint8_t>(b));
    if (hi < 0 || lo < 0) break;
    if (dst != nullptr) dst[o] = static_cast<std::uint8_t>((hi << 4) | lo);
    ++o;
  }
  return o;
}

// Base64 value of a character (both alphabets accepted, as Node does); 64 = not a base64 char.
struct Base64Table {
  std::uint8_t v[256];
  constexpr Base64Table() : v() {
    for (int i = 0; i < 256; ++i) v[i] = 64;
    const char* a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < 64; ++i) v[static_cast<std::uint8_t>(a[i])] = static_cast<std::uint8_t>(i);
    v[static_cast<std::uint8_t>('-')] = 62;
    v[static_cast<std::uint8_t>('_')] = 63;
  }
};
constexpr Base64Table kUnbase64;

// Lenient like Node: characters outside the alphabet (whitespace etc.) are skipped, '=' ends the
// input, missing padding is fine; a final lone sextet yields no byte. As in Node, each UTF-16 code
// unit is truncated to its low 8 bits before the lookup.
std::size_t encode_base64(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  if (dst == nullptr) cap = kNoCap;
  std::size_t o = 0;
  std::uint32_t acc = 0;
  int k = 0;
  UnitReader r(s, n);
  std::uint32_t unit;
  while (r.next(&unit)) {
    std::uint8_t c = static_cast<std::uint8_t>(unit);
    if (c == '=') break;
    std::uint8_t v = kUnbase64.v[c];
    if (v >= 64) continue;
    acc = (acc << 6) | v;
    if (++k == 4) {
      std::uint8_t b[3] = {static_cast<std::uint8_t>(acc >> 16), static_cast<std::uint8_t>(acc >> 8),
                           static_cast<std::uint8_t>(acc)};
      for (int j = 0; j < 3; ++j) {
        if (o >= cap) return o;
        if (dst != nullptr) dst[o] = b[j];
        ++o;
      }
      acc = 0;
      k = 0;
    }
  }
  if (k >= 2) {
    // k == 2: 12 bits -> 1 byte; k == 3: 18 bits -> 2 bytes.
    std::uint8_t b[2];
    int count;
    if (k == 2) {
      b[0] = static_cast<std::uint8_t>(acc >> 4);
      count = 1;
    } else {
      b[0] = static_cast<std::uint8_t>(acc >> 10);
      b[1] = static_cast<std::uint8_t>(acc >> 2);
      count = 2;
    }
    for (int j = 0; j < count; ++j) {
      if (o >= cap) return o;
      if (dst != nullptr) dst[o] = b[j];
      ++o;
    }
  }
  return o;
}

std::size_t encode(int enc, const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  switch (enc) {
    case kHex:
      return encode_hex(s, n, dst, cap);
    case kBase64:
    case kBase64Url:
      return encode_base64(s, n, dst, cap);
    case kLatin1:
    case kAscii:
      return encode_units(s, n, dst, cap, false);
    case kUcs2:
      return encode_units(s, n, dst, cap, true);
    default:
      return encode_utf8(s, n, dst, cap);
  }
}

// Encodes the string at idx into a std::string (for needles and fill patterns).
std::string encode_to_string(duk_context* ctx, duk_idx_t idx, int enc) {
  duk_size_t n = 0;
  const std::uint8_t* s = reinterpret_cast<const std::uint8_t*>(duk_require_lstring(ctx, idx, &n));
  std::string out;
  out.resize(encode(enc, s, n, nullptr, 0));
  if (!out.empty()) encode(enc, s, n, reinterpret_cast<std::uint8_t*>(&out[0]), out.size());
  return out;
}

// ---- bytes -> string ----------------------------------------------------------------------------------

// WHATWG/V8 UTF-8 decoding: every maximal invalid subpart becomes one U+FFFD; 4-byte sequences
// become a surrogate pair (two 3-byte internal sequences). Pushes the string.
void push_utf8(duk_context* ctx, const std::uint8_t* s, std::size_t n) {
  // Pass 1: if the input is valid UTF-8 without 4-byte sequences it already is the internal form.
  std::size_t i = 0;
  for (;;) {
    while (i < n && s[i] < 0x80) ++i;
    if (i >= n) {
      duk_push_lstring(ctx, reinterpret_cast<const char*>(s), n);
      return;
    }
    std::uint8_t c = s[i];
    if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
        i += 2;
        continue;
      }
    } else if (c >= 0xE0 && c <= 0xEF) {
      std::uint8_t lo = c == 0xE0 ? 0xA0 : 0x80;
      std::uint8_t hi = c == 0xED ? 0x9F : 0xBF;
      if (i + 2 < n && s[i + 1] >= lo && s[i + 1] <= hi && (s[i + 2] & 0xC0) == 0x80) {
        i += 3;
        continue;
      }
    }
    break;  // needs rewriting
  }

  std::string out;
  out.reserve(n + (n - i) / 2 + 8);
  out.append(reinterpret_cast<const char*>(s), i);
  while (i < n) {
    std::uint8_t c = s[i];
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    std::size_t need;
    std::uint8_t lo = 0x80;
    std::uint8_t hi = 0xBF;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      append_internal_unit(out, 0xFFFD);
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    std::size_t got = 0;
    while (got < need) {
      if (j >= n) break;
      std::uint8_t cc = s[j];
      if (got == 0 ? (cc < lo || cc > hi) : ((cc & 0xC0) != 0x80)) break;
      cp = (cp << 6) | (cc & 0x3F);
      ++j;
      ++got;
    }
    if (got < need) {
      append_internal_unit(out, 0xFFFD);  // maximal subpart s[i, j)
      i = j;
      continue;
    }
    if (need < 3) {
      out.append(reinterpret_cast<const char*>(s + i), need + 1);
    } else {
      append_internal_cp(out, cp);
    }
    i = j;
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

// latin1 (mask = 0xFF) or ascii (mask = 0x7F): one code unit per byte.
void push_latin1(duk_context* ctx, const std::uint8_t* s, std::size_t n, std::uint8_t mask) {
  std::size_t i = 0;
  while (i < n && s[i] < 0x80) ++i;
  if (i >= n) {
    duk_push_lstring(ctx, reinterpret_cast<const char*>(s), n);
    return;
  }
  std::string out;
  out.reserve(n + (n - i));
  out.append(reinterpret_cast<const char*>(s), i);
  for (; i < n; ++i) append_internal_unit(out, s[i] & mask);
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_ucs2(duk_context* ctx, const std::uint8_t* s, std::size_t n) {
  std::string out;
  out.reserve(n);
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    append_internal_unit(out, static_cast<std::uint32_t>(s[i]) | (static_cast<std::uint32_t>(s[i + 1]) << 8));
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_hex(duk_context* ctx, const std::uint8_t* s, std::size_t n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.resize(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[s[i] >> 4];
    out[2 * i + 1] = kDigits[s[i] & 0x0F];
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

void push_base64(duk_context* ctx, const std::uint8_t* s, std::size_t n, bool url) {
  const char* a = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                      : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((n + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < n; i += 3) {
    std::uint32_t v = (static_cast<std::uint32_t>(s[i]) << 16) | (static_cast<std::uint32_t>(s[i + 1]) << 8) | s[i + 2];
    out.push_back(a[(v >> 18) & 63]);
    out.push_back(a[(v >> 12) & 63]);
    out.push_back(a[(v >> 6) & 63]);
    out.push_back(a[v & 63]);
  }
  if (n - i == 1) {
    std::uint32_t v = static_cast<std::uint32_t>(s[i]) << 16;
    out.push_back(a[(v >> 18) & 63]);
    out.push_back(a[(v >> 12) & 63]);
    if (!url) out.append("==");
  } else if (n - i == 2) {
    std::uint32_t v = (static_cast<std::uint32_t>(s[i]) << 16) | (static_cast<std::uint32_t>(s[i + 1]) << 8);
    out.push_back(a[(v >> 18) & 63]);
    out.push_back(a[(v >> 12) & 63]);
    out.push_back(a[(v >> 6) & 63]);
    if (!url) out.push_back('=');
  }
  duk_push_lstring(ctx, out.data(), out.size());
}

// ---- searching -------------------------------------------------------------------------------------

// Node's IndexOfOffset: where a search starts, or -1 for "no match possible".
std::int64_t index_of_offset(std::int64_t length, std::int64_t offset, std::int64_t needle_length, bool forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needle_length == 0) return 0;
    return -1;
  }
  if (offset + needle_length <= length) return offset;
  if (needle_length == 0) return length;
  if (forward) return -1;
  return length - 1;
}

// Finds needle (nlen > 0) in hay in steps of `step` bytes (1, or 2 for ucs2); forward from `from`,
// or backward starting at min(from, hlen - nlen).
std::int64_t search_bytes(const std::uint8_t* hay, std::size_t hlen, const std::uint8_t* needle, std::size_t nlen,
                          std::int64_t from, bool forward, std::size_t step) {
  if (nlen > hlen) return -1;
  std::int64_t last = static_cast<std::int64_t>(hlen - nlen);
  if (step == 2) {
    from -= from % 2;
    last -= last % 2;
  }
  std::int64_t st = static_cast<std::int64_t>(step);
  if (forward) {
    for (std::int64_t p = from; p <= last; p += st) {
      if (step == 1) {
        const void* hit = std::memchr(hay + p, needle[0], static_cast<std::size_t>(last - p + 1));
        if (hit == nullptr) return -1;
        p = static_cast<const std::uint8_t*>(hit) - hay;
      }
      if (std::memcmp(hay + p, needle, nlen) == 0) return p;
    }
  } else {
    for (std::int64_t p = from < last ? from : last; p >= 0; p -= st) {
      if (hay[p] == needle[0] && std::memcmp(hay + p, needle, nlen) == 0) return p;
    }
  }
  return -1;
}

// ---- bound functions ------------------------------------------------------------------------------

// alloc(size) -> zero-filled Buffer; allocUnsafe(size) -> uninitialised Buffer.
duk_ret_t b_alloc(duk_context* ctx) {
  push_node_buffer(ctx, static_cast<std::size_t>(duk_require_uint(ctx, 0)), true);
  return 1;
}

duk_ret_t b_alloc_unsafe(duk_context* ctx) {
  push_node_buffer(ctx, static_cast<std::size_t>(duk_require_uint(ctx, 0)), false);
  return 1;
}

// view(arrayBuffer, byteOffset, length) -> Buffer sharing the ArrayBuffer's memory.
duk_ret_t b_view(duk_context* ctx) {
  std::size_t off = static_cast<std::size_t>(duk_require_uint(ctx, 1));
  std::size_t len = static_cast<std::size_t>(duk_require_uint(ctx, 2));
  duk_push_buffer_object(ctx, 0, off, len, DUK_BUFOBJ_NODEJS_BUFFER);
  return 1;
}

// Node's adjustOffset(): integer part; negative counts from the end; NaN -> 0; clamped to [0, len].
std::size_t adjust_offset(double d, std::size_t len) {
  if (d != d) return 0;
  double l = static_cast<double>(len);
  if (d < 0) {
    d = std::ceil(d) + l;
    return d > 0 ? static_cast<std::size_t>(d) : 0;
  }
  return d < l ? static_cast<std::size_t>(d) : len;
}

// buf.slice(start, end) / buf.subarray(start, end), called with `this`: a Buffer viewing the same
// memory. Built over this.buffer so that every view of one allocation reports the same ArrayBuffer.
duk_ret_t b_slice(duk_context* ctx) {
  duk_push_this(ctx);  // [start end this]
  std::size_t len = 0;
  (void)bytes_of(ctx, 2, &len);
  std::size_t start = adjust_offset(duk_to_number(ctx, 0), len);
  std::size_t end = duk_is_undefined(ctx, 1) ? len : adjust_offset(duk_to_number(ctx, 1), len);
  std::size_t n = end > start ? end - start : 0;
  duk_get_prop_string(ctx, 2, "byteOffset");
  std::size_t base = static_cast<std::size_t>(clamp_to_u64(duk_get_number_default(ctx, -1, 0), SIZE_MAX));
  duk_get_prop_string(ctx, 2, "buffer");  // [start end this byteOffset arrayBuffer]
  if (duk_is_object(ctx, -1)) {
    duk_push_buffer_object(ctx, -1, base + start, n, DUK_BUFOBJ_NODEJS_BUFFER);
  } else {
    // Not a view (a plain buffer): copy.
    std::size_t plen = 0;
    const std::uint8_t* p = bytes_of(ctx, 2, &plen);
    std::uint8_t* d = push_node_buffer(ctx, n, false);
    if (n > 0) std::memcpy(d, p + start, n);
  }
  return 1;
}

// fromString(string, enc) -> Buffer
duk_ret_t b_from_string(duk_context* ctx) {
  duk_size_t n = 0;
  const std::uint8_t* s = reinterpret_cast<const std::uint8_t*>(duk_require_lstring(ctx, 0, &n));
  int enc = duk_get_int_default(ctx, 1, kUtf8);
  if (enc == kUtf8) {
    // Fast path: all-ASCII strings are copied as they are.
    std::size_t i = 0;
    while (i < n && s[i] < 0x80) ++i;
    if (i == n) {
      std::uint8_t* d = push_node_buffer(ctx, n, false);
      if (n > 0) std::memcpy(d, s, n);
      return 1;
    }
  }
  std::size_t len = encode(enc, s, n, nullptr, 0);
  std::uint8_t* d = push_node_buffer(ctx, len, false);
  if (len > 0) encode(enc, s, n, d, len);
  return 1;
}

// byteLength(string, enc) -> exact number of bytes the string encodes to.
duk_ret_t b_byte_length(duk_context* ctx) {
  duk_size_t n = 0;
  const std::uint8_t* s = reinterpret_cast<const std::uint8_t*>(duk_require_lstring(ctx, 0, &n));
  int enc = duk_get_int_default(ctx, 1, kUtf8);
  duk_push_number(ctx, static_cast<double>(encode(enc, s, n, nullptr, 0)));
  return 1;
}

// decode(buf, enc, start, end) -> string
duk_ret_t b_decode(duk_context* ctx) {
  std::size_t len = 0;
  const std::uint8_t* p = bytes_of(ctx, 0, &len);
  int enc = duk_get_int_default(ctx, 1, kUtf8);
  std::size_t start = get_index(ctx, 2, 0, len);
  std::size_t end = get_index(ctx, 3, len, len);
  if (end <= start) {
    duk_push_string(ctx, "");
    return 1;
  }
  p += start;
  std::size_t n = end - start;
  switch (enc) {
    case kHex:
      push_hex(ctx, p, n);
      break;
    case kBase64:
      push_base64(ctx, p, n, false);
      break;
    case kBase64Url:
      push_base64(ctx, p, n, true);
      break;
    case kLatin1:
      push_latin1(ctx, p, n, 0xFF);
      break;
    case kAscii:
      push_latin1(ctx, p, n, 0x7F);
      break;
    case kUcs2:
      push_ucs2(ctx, p, n);
      break;
    default:
      push_utf8(ctx, p, n);
      break;
  }
  return 1;
}

// write(buf, string, offset, maxLength, enc) -> bytes written (whole characters only)
duk_ret_t b_write(duk_context* ctx) {
  std::size_t len = 0;
  std::uint8_t* d = mutable_bytes_of(ctx, 0, &len);
  duk_size_t n = 0;
  const std::uint8_t* s = reinterpret_cast<const std::uint8_t*>(duk_require_lstring(ctx, 1, &n));
  std::size_t offset = get_index(ctx, 2, 0, len);
  std::size_t max = get_index(ctx, 3, len - offset, len - offset);
  int enc = duk_get_int_default(ctx, 4, kUtf8);
  if (max == 0) {
    duk_push_int(ctx, 0);
    return 1;
  }
  duk_push_number(ctx, static_cast<double>(encode(enc, s, n, d + offset, max)));
  return 1;
}

// fill(buf, value, start, end, enc) -> 0, or -1 when a string value encodes to no bytes at all.
duk_ret_t b_fill(duk_context* ctx) {
  std::size_t len = 0;
  std::uint8_t* d = mutable_bytes_of(ctx, 0, &len);
  std::size_t start = get_index(ctx, 2, 0, len);
  std::size_t end = get_index(ctx, 3, len, len);
  int enc = duk_get_int_default(ctx, 4, kUtf8);
  if (end <= start) {
    duk_push_int(ctx, 0);
    return 1;
  }
  std::size_t n = end - start;
  std::string pattern;
  const std::uint8_t* pat;
  std::size_t plen;
  if (duk_is_string(ctx, 1)) {
    pattern = encode_to_string(ctx, 1, enc);
    pat = reinterpret_cast<const std::uint8_t*>(pattern.data());
    plen = pattern.size();
  } else if (duk_is_buffer_data(ctx, 1)) {
    pat = bytes_of(ctx, 1, &plen);
    if (plen > 0) {
      // The pattern may alias the destination; take a copy.
      pattern.assign(reinterpret_cast<const char*>(pat), plen);
      pat = reinterpret_cast<const std::uint8_t*>(pattern.data());
    }
  } else {
    std::memset(d + start, static_cast<int>(duk_to_uint32(ctx, 1) & 0xFF), n);
    duk_push_int(ctx, 0);
    return 1;
  }
  if (plen == 0) {
    duk_push_int(ctx, -1);
    return 1;
  }
  if (plen == 1) {
    std::memset(d + start, pat[0], n);
  } else {
    std::size_t first = plen < n ? plen : n;
    std::memcpy(d + start, pat, first);
    // Double the filled prefix until done.
    std::size_t done = first;
    while (done < n) {
      std::size_t chunk = done < n - done ? done : n - done;
      std::memcpy(d + start + done, d + start, chunk);
      done += chunk;
    }
  }
  duk_push_int(ctx, 0);
  return 1;
}

// indexOf(buf, needle, byteOffset, enc, forward) -> index or -1. needle: number, string or buffer.
// byteOffset is a number (NaN already resolved by the caller).
duk_ret_t b_index_of(duk_context* ctx) {
  std::size_t hlen = 0;
  const std::uint8_t* hay = bytes_of(ctx, 0, &hlen);
  double off_d = duk_to_number(ctx, 2);
  int enc = duk_get_int_default(ctx, 3, kUtf8);
  bool forward = duk_to_boolean(ctx, 4) != 0;
  if (off_d > 2147483647.0) off_d = 2147483647.0;
  if (off_d < -2147483648.0) off_d = -2147483648.0;
  if (off_d != off_d) off_d = 0;
  std::int64_t offset = static_cast<std::int64_t>(off_d);
  std::int64_t h = static_cast<std::int64_t>(hlen);

  if (duk_is_number(ctx, 1)) {
    std::uint8_t b = static_cast<std::uint8_t>(duk_to_uint32(ctx, 1) & 0xFF);
    std::int64_t from = index_of_offset(h, offset, 1, forward);
    if (from <= -1 || hlen == 0) {
      duk_push_int(ctx, -1);
      return 1;
    }
    std::int64_t r = search_bytes(hay, hlen, &b, 1, from, forward, 1);
    duk_push_number(ctx, static_cast<double>(r));
    return 1;
  }

  std::string tmp;
  const std::uint8_t* needle;
  std::size_t nlen;
  if (duk_is_string(ctx, 1)) {
    // Node searches strings in UTF-16 only within the whole code units of the haystack.
    if (enc == kUcs2) {
      hlen &= ~static_cast<std::size_t>(1);
      h = static_cast<std::int64_t>(hlen);
    }
    tmp = encode_to_string(ctx, 1, enc);
    needle = reinterpret_cast<const std::uint8_t*>(tmp.data());
    nlen = tmp.size();
  } else {
    needle = bytes_of(ctx, 1, &nlen);
  }
  std::int64_t nl = static_cast<std::int64_t>(nlen);
  std::int64_t from = index_of_offset(h, offset, nl, forward);
  if (nlen == 0) {
    duk_push_number(ctx, static_cast<double>(from));
    return 1;
  }
  if (hlen == 0 || from <= -1 || (forward && nl + from > h) || nl > h) {
    duk_push_int(ctx, -1);
    return 1;
  }
  std::size_t step = 1;
  if (enc == kUcs2) {
    if (hlen < 2 || nlen < 2) {
      duk_push_int(ctx, -1);
      return 1;
    }
    step = 2;
  }
  duk_push_number(ctx, static_cast<double>(search_bytes(hay, hlen, needle, nlen, from, forward, step)));
  return 1;
}

int compare_bytes(const std::uint8_t* a, std::size_t alen, const std::uint8_t* b, std::size_t blen) {
  std::size_t n = alen < blen ? alen : blen;
  int r = n > 0 ? std::memcmp(a, b, n) : 0;
  if (r == 0) {
    if (alen < blen) return -1;
    if (alen > blen) return 1;
    return 0;
  }
  return r < 0 ? -1 : 1;
}

// compare(a, b) -> -1/0/1
duk_ret_t b_compare(duk_context* ctx) {
  std::size_t alen = 0;
  std::size_t blen = 0;
  const std::uint8_t* a = bytes_of(ctx, 0, &alen);
  const std::uint8_t* b = bytes_of(ctx, 1, &blen);
  duk_push_int(ctx, compare_bytes(a, alen, b, blen));
  return 1;
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd) -> -1/0/1
duk_ret_t b_compare_offset(duk_context* ctx) {
  std::size_t slen = 0;
  std::size_t tlen = 0;
  const std::uint8_t* s = bytes_of(ctx, 0, &slen);
  const std::uint8_t* t = bytes_of(ctx, 1, &tlen);
  std::size_t ts = get_index(ctx, 2, 0, tlen);
  std::size_t ss = get_index(ctx, 3, 0, slen);
  std::size_t te = get_index(ctx, 4, tlen, tlen);
  std::size_t se = get_index(ctx, 5, slen, slen);
  if (te < ts) te = ts;
  if (se < ss) se = ss;
  duk_push_int(ctx, compare_bytes(s + ss, se - ss, t + ts, te - ts));
  return 1;
}

// copy(source, target, targetStart, sourceStart, sourceEnd) -> bytes copied (memmove semantics)
duk_ret_t b_copy(duk_context* ctx) {
  std::size_t slen = 0;
  std::size_t tlen = 0;
  const std::uint8_t* s = bytes_of(ctx, 0, &slen);
  std::uint8_t* t = mutable_bytes_of(ctx, 1, &tlen);
  std::size_t ts = get_index(ctx, 2, 0, tlen);
  std::size_t ss = get_index(ctx, 3, 0, slen);
  std::size_t se = get_index(ctx, 4, slen, slen);
  std::size_t n = se > ss ? se - ss : 0;
  if (n > tlen - ts) n = tlen - ts;
  if (n > 0) std::memmove(t + ts, s + ss, n);
  duk_push_number(ctx, static_cast<double>(n));
  return 1;
}

// concat(list, totalLength) -> Buffer of exactly totalLength bytes; list items are byte views.
// Bytes past the end of the list's data are zeroed.
duk_ret_t b_concat(duk_context* ctx) {
  duk_require_object(ctx, 0);
  std::size_t total = static_cast<std::size_t>(clamp_to_u64(duk_require_number(ctx, 1), SIZE_MAX));
  duk_size_t count = duk_get_length(ctx, 0);
  std::uint8_t* d = push_node_buffer(ctx, total, false);
  std::size_t pos = 0;
  for (duk_size_t i = 0; i < count && pos < total; ++i) {
    duk_get_prop_index(ctx, 0, static_cast<duk_uarridx_t>(i));
    std::size_t len = 0;
    const std::uint8_t* p = bytes_of(ctx, -1, &len);
    if (len > total - pos) len = total - pos;
    if (len > 0) std::memcpy(d + pos, p, len);
    pos += len;
    duk_pop(ctx);
  }
  if (pos < total) std::memset(d + pos, 0, total - pos);
  return 1;
}

const duk_function_list_entry kFunctions[] = {
    {"alloc", b_alloc, 1},
    {"allocUnsafe", b_alloc_unsafe, 1},
    {"view", b_view, 3},
    {"slice", b_slice, 2},
    {"fromString", b_from_string, 2},
    {"byteLength", b_byte_length, 2},
    {"decode", b_decode, 4},
    {"write", b_write, 5},
    {"fill", b_fill, 5},
    {"indexOf", b_index_of, 5},
    {"compare", b_compare, 2},
    {"compareOffset", b_compare_offset, 6},
    {"copy", b_copy, 5},
    {"concat", b_concat, 2},
    {nullptr, nullptr, 0},
};

}  // namespace

duk_ret_t open_buffer_binding(duk_context* ctx) {
  duk_push_object(ctx);
  duk_put_function_list(ctx, -1, kFunctions);
  // Largest buffer Duktape can allocate (DUK_HBUFFER_MAX_BYTELEN).
  duk_push_number(ctx, 2147483646.0);
  duk_put_prop_string(ctx, -2, "kMaxLength");
  return 1;
}

}  // namespace netjs::js

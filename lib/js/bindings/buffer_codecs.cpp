// Bodies of lib/js/bindings/buffer_codecs.h: the string forms are described there.
#include "js/bindings/buffer_codecs.h"

#include <cstring>
#include <utility>

namespace netjs::js {
namespace {

constexpr std::size_t kNoCap = static_cast<std::size_t>(-1);

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

inline int hex_value(std::uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
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

}  // namespace

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

// Every maximal invalid subpart becomes one U+FFFD; 4-byte sequences become a surrogate pair (two
// 3-byte internal sequences).
bool decode_utf8(const std::uint8_t* s, std::size_t n, std::string* result) {
  // Pass 1: if the input is valid UTF-8 without 4-byte sequences it already is the internal form.
  std::size_t i = 0;
  for (;;) {
    while (i < n && s[i] < 0x80) ++i;
    if (i >= n) return false;
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
  *result = std::move(out);
  return true;
}

bool decode_latin1(const std::uint8_t* s, std::size_t n, std::uint8_t mask, std::string* result) {
  std::size_t i = 0;
  while (i < n && s[i] < 0x80) ++i;
  if (i >= n) return false;
  std::string out;
  out.reserve(n + (n - i));
  out.append(reinterpret_cast<const char*>(s), i);
  for (; i < n; ++i) append_internal_unit(out, s[i] & mask);
  *result = std::move(out);
  return true;
}

std::string decode_ucs2(const std::uint8_t* s, std::size_t n) {
  std::string out;
  out.reserve(n);
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    append_internal_unit(out, static_cast<std::uint32_t>(s[i]) | (static_cast<std::uint32_t>(s[i + 1]) << 8));
  }
  return out;
}

std::string decode_hex(const std::uint8_t* s, std::size_t n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.resize(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[s[i] >> 4];
    out[2 * i + 1] = kDigits[s[i] & 0x0F];
  }
  return out;
}

std::string decode_base64(const std::uint8_t* s, std::size_t n, bool url) {
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
  return out;
}

}  // namespace netjs::js

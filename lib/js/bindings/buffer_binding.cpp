// Native half of the `buffer` module: the string <-> bytes codecs (js/buffer_codecs.h) and the byte
// work behind Buffer (fill, copy, compare, indexOf, concat). Reached from lib/js/modules/buffer.js as
// process._binding('buffer'). The JS side validates arguments and produces the Node-style errors;
// these functions only clamp defensively so that bad input can never touch memory out of range.
//
// Encodings are passed as small integers (Enc in js/buffer_codecs.h; buffer.js keeps the same table).

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "js/bindings/bindings.h"
#include "js/bindings/buffer_codecs.h"
#include "js/bindings/number_edge.h"

namespace netjs::js {
namespace {

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

// Encodes the string at idx into a std::string (for needles and fill patterns).
std::string encode_to_string(duk_context* ctx, duk_idx_t idx, int enc) {
  duk_size_t n = 0;
  const std::uint8_t* s = reinterpret_cast<const std::uint8_t*>(duk_require_lstring(ctx, idx, &n));
  std::string out;
  out.resize(encode(enc, s, n, nullptr, 0));
  if (!out.empty()) encode(enc, s, n, reinterpret_cast<std::uint8_t*>(&out[0]), out.size());
  return out;
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
  std::string out;
  bool rewritten = true;
  switch (enc) {
    case kHex:
      out = decode_hex(p, n);
      break;
    case kBase64:
      out = decode_base64(p, n, false);
      break;
    case kBase64Url:
      out = decode_base64(p, n, true);
      break;
    case kLatin1:
      rewritten = decode_latin1(p, n, 0xFF, &out);
      break;
    case kAscii:
      rewritten = decode_latin1(p, n, 0x7F, &out);
      break;
    case kUcs2:
      out = decode_ucs2(p, n);
      break;
    default:
      rewritten = decode_utf8(p, n, &out);
      break;
  }
  if (rewritten) duk_push_lstring(ctx, out.data(), out.size());
  else duk_push_lstring(ctx, reinterpret_cast<const char*>(p), n);
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

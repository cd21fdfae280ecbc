// Buffer's codecs (lib/js/bindings/buffer_codecs.h) on arbitrary bytes. Round trips where they hold: hex,
// base64 and base64url of any bytes, latin1 of any bytes, ucs2 of any code units, utf8 of valid UTF-8;
// for invalid UTF-8, decoding gives a string whose UTF-8 is valid and decodes to itself, and UTF-16
// with lone surrogates goes to UTF-8 as a reference converter says. Every encoder, on any string
// (including malformed internal ones), counts what it writes and writes a prefix of that under a cap.
//
// Input: the first byte picks a cap (for the bounded writes) and a line length (for lenient base64);
// the rest is the bytes.
#include "fuzz_check.h"
#include "js/bindings/buffer_codecs.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

using namespace netjs::js;
using netjs::fuzz::printable;

namespace {

using Bytes = std::string;

const std::uint8_t* u8(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

// The whole output of an encoder, checked against its count-only mode.
Bytes encode_all(int enc, const Bytes& s) {
  std::size_t n = encode(enc, u8(s), s.size(), nullptr, 0);
  Bytes out(n, '\0');
  std::size_t written = encode(enc, u8(s), s.size(), reinterpret_cast<std::uint8_t*>(&out[0]), n);
  FUZZ_CHECK(written == n, "encoding " + std::to_string(enc) + " of " + printable(s) + ": counted " +
                               std::to_string(n) + ", wrote " + std::to_string(written));
  return out;
}

std::string decoded_utf8(const Bytes& b) {
  std::string out;
  return decode_utf8(u8(b), b.size(), &out) ? out : b;
}

std::string decoded_latin1(const Bytes& b, std::uint8_t mask) {
  std::string out;
  return decode_latin1(u8(b), b.size(), mask, &out) ? out : b;
}

// Length of the well-formed UTF-8 sequence at b[i] (Unicode's table 3-7), 0 if it is not one.
std::size_t utf8_sequence(const Bytes& b, std::size_t i) {
  auto at = [&](std::size_t k) { return static_cast<std::uint8_t>(b[k]); };
  std::uint8_t c = at(i);
  std::size_t need;
  std::uint8_t lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) need = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
  else if (c >= 0xF0 && c <= 0xF4) need = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
  else return 0;
  if (i + need >= b.size()) return 0;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (std::size_t k = 2; k <= need; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  return need + 1;
}

// Whether b is valid UTF-8; `four_byte` tells whether it has characters beyond U+FFFF.
bool valid_utf8(const Bytes& b, bool* four_byte = nullptr) {
  if (four_byte) *four_byte = false;
  for (std::size_t i = 0; i < b.size();) {
    std::size_t len = utf8_sequence(b, i);
    if (len == 0) return false;
    if (len == 4 && four_byte) *four_byte = true;
    i += len;
  }
  return true;
}

void append_utf8(Bytes& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// UTF-16 code units (little-endian byte pairs) to UTF-8 the way V8 does it: pairs joined, every
// lone surrogate U+FFFD.
Bytes reference_utf16_to_utf8(const Bytes& b) {
  std::vector<std::uint32_t> units;
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    std::uint32_t lo = static_cast<std::uint8_t>(b[i]);
    std::uint32_t hi = static_cast<std::uint8_t>(b[i + 1]);
    units.push_back(lo | hi << 8);
  }
  Bytes out;
  for (std::size_t i = 0; i < units.size(); ++i) {
    std::uint32_t u = units[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00));
      ++i;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      append_utf8(out, 0xFFFD);
    } else {
      append_utf8(out, u);
    }
  }
  return out;
}

// Under a cap, an encoder writes a prefix of its whole output: all of it that fits for the
// byte-per-unit encodings, whole characters only for utf8 and ucs2.
void check_capped(int enc, const Bytes& s, const Bytes& full, std::size_t cap, bool well_formed) {
  Bytes out(cap, '\0');
  std::size_t k = encode(enc, u8(s), s.size(), reinterpret_cast<std::uint8_t*>(&out[0]), cap);
  // Built only for a failure message: this runs 21 times per input.
  auto what = [&] {
    return "encoding " + std::to_string(enc) + " of " + printable(s) + " capped at " + std::to_string(cap);
  };
  FUZZ_CHECK(k <= cap && k <= full.size(), what() + ": wrote " + std::to_string(k));
  FUZZ_CHECK(out.compare(0, k, full, 0, k) == 0, what() + ": not a prefix of " + printable(full));
  std::size_t fits = cap < full.size() ? cap : full.size();
  if (enc == kUcs2) {
    FUZZ_CHECK(k == (fits & ~static_cast<std::size_t>(1)), what() + ": wrote " + std::to_string(k));
  } else if (enc == kUtf8) {
    if (!well_formed || k == full.size()) return;
    // Stopped at a character boundary, and only because the next character did not fit.
    std::size_t next = utf8_sequence(full, k);
    FUZZ_CHECK(next > 0 && k + next > cap, what() + ": stopped at " + std::to_string(k) + " in " + printable(full));
  } else {
    FUZZ_CHECK(k == fits, what() + ": wrote " + std::to_string(k));
  }
}

void check_round_trips(const Bytes& b, std::size_t line) {
  auto both = [&] { return "of " + printable(b); };

  std::string hex = decode_hex(u8(b), b.size());
  FUZZ_CHECK(hex.size() == 2 * b.size() && hex.find_first_not_of("0123456789abcdef") == std::string::npos,
             "hex " + both() + " is " + printable(hex));
  FUZZ_CHECK(encode_all(kHex, hex) == b, "hex round trip " + both());
  std::string upper = hex;
  for (char& c : upper) c = static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
  FUZZ_CHECK(encode_all(kHex, upper) == b, "upper-case hex round trip " + both());

  for (bool url : {false, true}) {
    std::string b64 = decode_base64(u8(b), b.size(), url);
    std::size_t expected = url ? (b.size() * 4 + 2) / 3 : (b.size() + 2) / 3 * 4;
    const char* alphabet = url ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                               : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    const std::string name = url ? "base64url" : "base64";
    FUZZ_CHECK(b64.size() == expected && b64.find_first_not_of(alphabet) == std::string::npos,
               name + " " + both() + " is " + printable(b64));
    FUZZ_CHECK(encode_all(url ? kBase64Url : kBase64, b64) == b, name + " round trip " + both());
    // MIME-style line breaks and spaces are skipped.
    std::string wrapped;
    for (std::size_t i = 0; i < b64.size(); ++i) {
      if (i > 0 && i % line == 0) wrapped += (i / line) % 2 ? "\r\n" : " ";
      wrapped += b64[i];
    }
    FUZZ_CHECK(encode_all(kBase64, wrapped) == b,
               name + " with line breaks every " + std::to_string(line) + " " + both());
  }

  std::string latin1 = decoded_latin1(b, 0xFF);
  FUZZ_CHECK(encode_all(kLatin1, latin1) == b, "latin1 round trip " + both());
  Bytes ascii_bytes = b;
  for (char& c : ascii_bytes) c = static_cast<char>(c & 0x7F);
  FUZZ_CHECK(encode_all(kAscii, decoded_latin1(b, 0x7F)) == ascii_bytes, "ascii round trip " + both());

  std::string ucs2 = decode_ucs2(u8(b), b.size());
  FUZZ_CHECK(encode_all(kUcs2, ucs2) == b.substr(0, b.size() & ~static_cast<std::size_t>(1)),
             "ucs2 round trip " + both());
  Bytes from_utf16 = encode_all(kUtf8, ucs2);
  FUZZ_CHECK(from_utf16 == reference_utf16_to_utf8(b),
             "utf8 of the UTF-16 string " + both() + " is " + printable(from_utf16));

  std::string out;
  bool rewritten = decode_utf8(u8(b), b.size(), &out);
  bool four_byte = false;
  bool valid = valid_utf8(b, &four_byte);
  FUZZ_CHECK(rewritten == !(valid && !four_byte), "decode_utf8 " + both() + (rewritten ? " rewrote it" : " kept it"));
  std::string str = rewritten ? out : b;
  Bytes utf8 = encode_all(kUtf8, str);
  if (valid) {
    FUZZ_CHECK(utf8 == b, "utf8 round trip " + both() + " gives " + printable(utf8));
  } else {
    FUZZ_CHECK(valid_utf8(utf8), "utf8 " + both() + " re-encodes as invalid " + printable(utf8));
    FUZZ_CHECK(decoded_utf8(utf8) == str, "utf8 " + both() + " does not decode to itself after re-encoding");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t line = 1 + data[0] % 80;
  const Bytes b(reinterpret_cast<const char*>(data + 1), size - 1);
  check_round_trips(b, line);

  // The bytes taken as a string: well-formed when they come from a decoder, anything when not.
  const std::string strings[] = {decoded_utf8(b), decode_ucs2(u8(b), b.size()), b};
  for (std::size_t i = 0; i < 3; ++i) {
    const std::string& s = strings[i];
    for (int enc = kUtf8; enc <= kUcs2; ++enc) {
      Bytes full = encode_all(enc, s);
      if (enc == kUtf8 && i < 2) {
        FUZZ_CHECK(valid_utf8(full), "utf8 of a decoded string is invalid: " + printable(full));
      }
      std::size_t cap = (data[0] * 2654435761u + size) % (full.size() + 1);
      check_capped(enc, s, full, cap, i < 2);
    }
  }
  return 0;
}

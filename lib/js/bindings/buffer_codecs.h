// Buffer's string <-> bytes codecs as pure functions on bytes: no engine, so the buffer binding and
// the fuzz targets (tests/fuzz) run the same code.
//
// A "string" here is a Duktape string's bytes. Duktape strings are "extended UTF-8" internally: a BMP
// code point is 1..3 bytes of UTF-8, but code points outside the BMP written in JS source (or produced
// by String.fromCharCode) are kept as a surrogate PAIR, each half encoded as its own 3-byte sequence
// (CESU-8 style). Decoders here therefore emit surrogate pairs for 4-byte UTF-8 input, and the UTF-8
// encoder joins pairs back into 4-byte sequences and replaces lone surrogates with U+FFFD, as V8 does.
//
// The directions are buffer.js's: encode = string -> bytes (Buffer.from(string, enc), buf.write),
// decode = bytes -> string (buf.toString(enc)).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace netjs::js {

// Encodings as small integers; lib/js/modules/buffer.js keeps the same table.
enum Enc : int {
  kUtf8 = 1,
  kHex = 2,
  kBase64 = 3,
  kBase64Url = 4,
  kLatin1 = 5,
  kAscii = 6,
  kUcs2 = 7,
};

// ---- string -> bytes ------------------------------------------------------------------------------
// Each encoder reads the string s[0, n), writes at most cap bytes to dst and returns the count; with
// dst == nullptr it only counts (cap is then ignored). Encoders never write a partial character.

// Any other `enc` is utf8.
std::size_t encode(int enc, const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);

std::size_t encode_utf8(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
// latin1/ascii: the low 8 bits of every UTF-16 code unit. ucs2 (`wide`): every code unit as 2 bytes LE.
std::size_t encode_units(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap, bool wide);
// Pairs of hex digits; stops at the first invalid pair; an odd trailing digit is ignored.
std::size_t encode_hex(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
// Lenient like Node: both alphabets, characters outside them skipped, '=' ends the input.
std::size_t encode_base64(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);

// ---- bytes -> string ------------------------------------------------------------------------------

// WHATWG/V8 UTF-8 decoding. Returns false, leaving *out alone, when the bytes already are the
// internal form (valid UTF-8 without 4-byte sequences): the caller then uses them without a copy.
bool decode_utf8(const std::uint8_t* s, std::size_t n, std::string* out);
// latin1 (mask 0xFF) or ascii (mask 0x7F): one code unit per byte. Returns false, leaving *out alone,
// when every byte is ASCII (the bytes are then the string).
bool decode_latin1(const std::uint8_t* s, std::size_t n, std::uint8_t mask, std::string* out);
// Little-endian code units; an odd trailing byte is ignored.
std::string decode_ucs2(const std::uint8_t* s, std::size_t n);
// Lower-case digits.
std::string decode_hex(const std::uint8_t* s, std::size_t n);
// `url`: the base64url alphabet, without padding.
std::string decode_base64(const std::uint8_t* s, std::size_t n, bool url);

}  // namespace netjs::js

// A small LZ77 block format for the embedded bytecode (LZ4's block layout): the bytecode is about
// half the size of a static build's binary, compresses to ~40%, and a module's block unpacks in one
// pass at a few instructions a byte when the module is first required. The packer runs only at build
// time (lib/js/tools/make_bytecode.cpp).
//
// A block is a run of sequences: a token byte (high nibble: literal count, low nibble: match length
// - 4; 15 in either means more bytes follow, each added, until one is not 255), the literals, then
// the match's offset back into the output (2 bytes, little-endian, 1..65535). The last sequence has
// literals only.
#pragma once

#include <cstddef>
#include <string>

namespace netjs::js {

// Unpacks `in` into exactly `out_len` bytes at `out`. False on a malformed block.
bool lz_unpack(const unsigned char* in, std::size_t in_len, unsigned char* out, std::size_t out_len);

// Packs `data` (greedy-lazy matching over a 64 KiB window; build-time only).
std::string lz_pack(const unsigned char* data, std::size_t len);

}  // namespace netjs::js

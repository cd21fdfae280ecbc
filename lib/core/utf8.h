// Reading UTF-8 one sequence at a time, for the places that must pass text on safely (JSON events,
// test reports): what counts as a well-formed sequence is decided here once.
#pragma once

#include <cstddef>
#include <cstdint>

namespace netjs::core {

// The sequence at p[0..n): its length (1 to 4) with its code point in *cp, or 0 when the bytes there
// are not one (a stray continuation byte, an invalid lead byte, a sequence cut short, an overlong
// form). Surrogates and code points above U+10FFFF come back decoded: whether they are acceptable is
// the caller's rule.
std::size_t utf8_sequence(const unsigned char* p, std::size_t n, std::uint32_t* cp);

}  // namespace netjs::core

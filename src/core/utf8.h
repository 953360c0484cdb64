// UTF-8 helpers shared by the core: decoding, encoding, repair.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace clinic::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Appends `cp` encoded as UTF-8; invalid code points (0, surrogates, > U+10FFFF)
// become U+FFFD, as md4c's HTML renderer does.
void append(std::string& out, char32_t cp);

// next()'s general case: every lead byte, every malformed sequence.
char32_t next_slow(std::string_view s, size_t& i);

// Decodes the code point at s[i] and advances i. Malformed sequences yield
// U+FFFD and advance by one byte.
// Inline for ASCII and for the three-byte sequences that cannot be malformed
// but by their continuation bytes (lead E1-EC, EE-EF: all of Hangul and CJK):
// recognition, anchors and the reading time decode every code point of a
// Korean post, and an out-of-line call for each cost more than md4c's parse of
// it in WebAssembly (bench/wasm_bench.mjs).
inline char32_t next(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  if (b0 >= 0xE1 && b0 <= 0xEF && b0 != 0xED && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      i += 3;
      return (char32_t{b0 & 0x0Fu} << 12) | (char32_t{b1 & 0x3Fu} << 6) | char32_t{b2 & 0x3Fu};
    }
  }
  return next_slow(s, i);
}

// Code points in `s`, counted up to `limit` (the count stops there).
size_t count_codepoints(std::string_view s, size_t limit = static_cast<size_t>(-1));

// Whether `in` is UTF-8 with no malformed sequence.
bool is_well_formed(std::string_view in);

// Writes `in` as UTF-16 (in the machine's byte order) to `out`, which has room
// for in.size() code units (never fewer bytes than units); returns the units
// written. Malformed sequences become U+FFFD, as next() reads them.
// Why: JavaScript strings are UTF-16, and engines build one from UTF-16 with a
// copy, but decode UTF-8 (TextDecoder, Buffer) at a few hundred MB/s: in Node,
// decoding the article HTML of the Korean post took longer than parsing it.
size_t to_utf16(std::string_view in, char16_t* out);

// Writes the UTF-16 code units `in` (`units` of them, in the machine's byte
// order) to `out` as UTF-8, with room for three bytes a unit; returns the
// bytes written. A surrogate that is not half of a pair becomes U+FFFD, as
// JavaScript's TextEncoder writes it, so the result is always well-formed.
// Why: a JS string is copied into the wasm heap as UTF-16 in a fraction of
// the time TextEncoder.encodeInto takes to encode it (Node 20: 0.3 against
// 4 us for a post).
size_t from_utf16(const char16_t* in, size_t units, char* out);

// A copy of `in` with every malformed sequence replaced by U+FFFD.
// Returns the number of replacements through `replaced` when given.
std::string repaired(std::string_view in, size_t* replaced = nullptr);

}  // namespace clinic::utf8

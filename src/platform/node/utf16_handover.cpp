#include "platform/node/utf16_handover.h"

#include "core/utf8.h"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace clinic::node {

#if defined(__wasm_simd128__)

// Sixteen ASCII bytes are widened in a step. From the first other byte, a
// stretch goes to the core's converter whole, up to the next sixteen bytes
// that are all ASCII: Korean text has a space between words, and a call per
// word cost more than the SIMD saved. A stretch starts at a byte that is not
// ASCII after one that is, and ends at ASCII, which is never inside a
// sequence, so the result is the core's for the whole text.

namespace {

bool all_ascii(const unsigned char* sixteen) { return wasm_i8x16_bitmask(wasm_v128_load(sixteen)) == 0; }

// Where the stretch from `at` ends: at the next sixteen bytes that are all
// ASCII, looked for from past the longest sequence (four bytes), or at `size`.
size_t stretch_end(const unsigned char* bytes, size_t at, size_t size) {
  for (size_t next = at + 4;; next += 16) {
    if (next + 16 > size) return size;
    if (all_ascii(bytes + next)) return next;
  }
}

}  // namespace

size_t to_utf16(std::string_view in, char16_t* out) {
  const size_t n = in.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(in.data());
  size_t i = 0;
  size_t o = 0;
  while (i + 16 <= n) {
    // Widened whole even when not all ASCII: o <= i, so sixteen units fit, and
    // what follows the first other byte is written again by the core.
    const v128_t block = wasm_v128_load(bytes + i);
    wasm_v128_store(out + o, wasm_u16x8_extend_low_u8x16(block));
    wasm_v128_store(out + o + 8, wasm_u16x8_extend_high_u8x16(block));
    const uint32_t others = wasm_i8x16_bitmask(block);
    if (others == 0) {
      i += 16;
      o += 16;
      continue;
    }
    const size_t ascii = __builtin_ctz(others);
    i += ascii;
    o += ascii;
    const size_t end = stretch_end(bytes, i, n);
    o += utf8::to_utf16(in.substr(i, end - i), out + o);
    i = end;
  }
  return o + utf8::to_utf16(in.substr(i), out + o);
}

#else

size_t to_utf16(std::string_view in, char16_t* out) { return utf8::to_utf16(in, out); }

#endif

}  // namespace clinic::node

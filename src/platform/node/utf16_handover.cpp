#include "platform/node/utf16_handover.h"

#include "core/utf8.h"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace clinic::node {

#if defined(__wasm_simd128__)

// Sixteen ASCII bytes (units) are widened (narrowed) in a step. From the first
// other one, a stretch goes to the core's converter whole, up to the next
// sixteen that are all ASCII: Korean text has a space between words, and a
// call per word cost more than the SIMD saved. A stretch starts after ASCII
// and ends at ASCII, which is never inside a UTF-8 sequence or a surrogate
// pair, so the result is the core's for the whole text.

namespace {

bool all_ascii(const unsigned char* sixteen) { return wasm_i8x16_bitmask(wasm_v128_load(sixteen)) == 0; }

bool all_ascii(const char16_t* sixteen) {
  const v128_t above = wasm_i16x8_splat(static_cast<int16_t>(0xFF80));
  return !wasm_v128_any_true(wasm_v128_or(wasm_v128_and(wasm_v128_load(sixteen), above),
                                          wasm_v128_and(wasm_v128_load(sixteen + 8), above)));
}

// Where the stretch from `at` ends: at the next sixteen bytes (or units) that
// are all ASCII, looked for from past the longest sequence (four bytes, a
// surrogate pair), or at `size`.
template <typename Unit>
size_t stretch_end(const Unit* text, size_t at, size_t size) {
  for (size_t next = at + 4 / sizeof(Unit);; next += 16) {
    if (next + 16 > size) return size;
    if (all_ascii(text + next)) return next;
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

size_t from_utf16(const char16_t* in, size_t units, char* out) {
  const v128_t ascii_bits = wasm_i16x8_splat(0x7F);
  size_t i = 0;
  size_t o = 0;
  while (i + 16 <= units) {
    const v128_t low = wasm_v128_load(in + i);
    const v128_t high = wasm_v128_load(in + i + 8);
    // Narrowed whole even when not all ASCII: o <= 3 * i and i + 16 <= units,
    // so sixteen bytes fit, and what follows the first other unit is written
    // again by the core. A lane is ASCII where no bit above the low seven is set.
    wasm_v128_store(out + o, wasm_u8x16_narrow_i16x8(low, high));
    const uint32_t others = wasm_i8x16_bitmask(wasm_i8x16_narrow_i16x8(
        wasm_u16x8_gt(low, ascii_bits), wasm_u16x8_gt(high, ascii_bits)));
    if (others == 0) {
      i += 16;
      o += 16;
      continue;
    }
    const size_t ascii = __builtin_ctz(others);
    i += ascii;
    o += ascii;
    const size_t end = stretch_end(in, i, units);
    o += utf8::from_utf16(in + i, end - i, out + o);
    i = end;
  }
  return o + utf8::from_utf16(in + i, units - i, out + o);
}

#else

size_t to_utf16(std::string_view in, char16_t* out) { return utf8::to_utf16(in, out); }
size_t from_utf16(const char16_t* in, size_t units, char* out) { return utf8::from_utf16(in, units, out); }

#endif

}  // namespace clinic::node

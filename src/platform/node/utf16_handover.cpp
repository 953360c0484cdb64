#include "platform/node/utf16_handover.h"

#include <array>

#include "core/utf8.h"

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace clinic::node {

#if defined(__wasm_simd128__)

// Both take sixteen ASCII bytes (units) a step. Out, from the first other
// byte a stretch goes to the core's converter whole, up to the next sixteen
// that are all ASCII: a call per Korean word cost more than the SIMD saved. A
// stretch starts after ASCII and ends at ASCII, which is never inside a UTF-8
// sequence, so the result is the core's for the whole text. In, eight units
// that are ASCII or three-byte characters are converted in a step too
// (eight_ascii_or_three_byte), and the core is given each other character
// alone, with the low half of a pair it starts.

namespace {

bool all_ascii(const unsigned char* sixteen) { return wasm_i8x16_bitmask(wasm_v128_load(sixteen)) == 0; }

bool all_ascii(const char16_t* sixteen) {
  const v128_t above = wasm_i16x8_splat(static_cast<int16_t>(0xFF80));
  return !wasm_v128_any_true(wasm_v128_or(wasm_v128_and(wasm_v128_load(sixteen), above),
                                          wasm_v128_and(wasm_v128_load(sixteen + 8), above)));
}

// Where the stretch of UTF-8 from `at` ends: at the next sixteen bytes that
// are all ASCII, looked for from past the longest sequence (four bytes), or at `size`.
size_t stretch_end(const unsigned char* bytes, size_t at, size_t size) {
  for (size_t next = at + 4;; next += 16) {
    if (next + 16 > size) return size;
    if (all_ascii(bytes + next)) return next;
  }
}

// Eight units that are each ASCII or a three-byte character (all of Hangul
// and CJK; not a surrogate) become their UTF-8 in one step: each unit's lead,
// second and third bytes are computed in lanes, and a table, by which of the
// eight are ASCII, says where each byte goes. Korean words between spaces are
// such blocks; the core took 1.4 ns a unit over them, this a third of that.
struct ThreeByteShuffle {
  // Output byte k (of up to 24, two vectors) is byte idx[k] of lanes (the
  // leads, then the second bytes) or byte idx[k] of thirds; 0x80 picks nothing
  // (swizzle gives zero for an index past 15).
  alignas(16) unsigned char from_lanes[32];
  alignas(16) unsigned char from_thirds[32];
};

constexpr std::array<ThreeByteShuffle, 256> make_three_byte_shuffles() {
  std::array<ThreeByteShuffle, 256> table{};
  for (unsigned ascii = 0; ascii < 256; ++ascii) {
    ThreeByteShuffle& t = table[ascii];
    for (unsigned k = 0; k < 32; ++k) t.from_lanes[k] = t.from_thirds[k] = 0x80;
    unsigned k = 0;
    for (unsigned lane = 0; lane < 8; ++lane) {
      t.from_lanes[k++] = static_cast<unsigned char>(lane);  // the ASCII byte, or the lead
      if (ascii & (1u << lane)) continue;
      t.from_lanes[k++] = static_cast<unsigned char>(8 + lane);
      t.from_thirds[k++] = static_cast<unsigned char>(lane);
    }
  }
  return table;
}
constexpr std::array<ThreeByteShuffle, 256> kThreeByteShuffles = make_three_byte_shuffles();

// Returns whether the eight units at `in` were such a block, written to `out`
// (which has room for 32 bytes) as `count` bytes; if not, `count` is how many
// units come before the first that is neither.
bool eight_ascii_or_three_byte(const char16_t* in, char* out, size_t& count) {
  const v128_t units = wasm_v128_load(in);
  const v128_t ascii = wasm_u16x8_lt(units, wasm_u16x8_splat(0x80));
  const v128_t three = wasm_v128_and(wasm_u16x8_ge(units, wasm_u16x8_splat(0x800)),
                                     wasm_u16x8_ge(wasm_i16x8_sub(units, wasm_u16x8_splat(0xD800)), wasm_u16x8_splat(0x800)));
  const unsigned mask = wasm_i16x8_bitmask(ascii);
  if (mask == 0xFF) {  // ASCII, before the emoji or the ’ that ended sixteen of it
    wasm_v128_store(out, wasm_u8x16_narrow_i16x8(units, units));
    count = 8;
    return true;
  }
  if (const unsigned others = ~wasm_i16x8_bitmask(wasm_v128_or(ascii, three)) & 0xFF) {
    count = static_cast<size_t>(__builtin_ctz(others));  // where the first of them is
    return false;
  }
  const v128_t low_six = wasm_u16x8_splat(0x3F);
  const v128_t continuation = wasm_u16x8_splat(0x80);
  const v128_t leads = wasm_v128_bitselect(units, wasm_v128_or(wasm_u16x8_shr(units, 12), wasm_u16x8_splat(0xE0)), ascii);
  const v128_t seconds = wasm_v128_or(wasm_v128_and(wasm_u16x8_shr(units, 6), low_six), continuation);
  const v128_t thirds = wasm_v128_or(wasm_v128_and(units, low_six), continuation);
  const v128_t lane_bytes = wasm_u8x16_narrow_i16x8(leads, seconds);
  const v128_t third_bytes = wasm_u8x16_narrow_i16x8(thirds, thirds);
  const ThreeByteShuffle& t = kThreeByteShuffles[mask];
  for (int half = 0; half < 2; ++half) {
    const v128_t bytes = wasm_v128_or(wasm_i8x16_swizzle(lane_bytes, wasm_v128_load(t.from_lanes + 16 * half)),
                                      wasm_i8x16_swizzle(third_bytes, wasm_v128_load(t.from_thirds + 16 * half)));
    wasm_v128_store(out + 16 * half, bytes);
  }
  count = 24 - 2 * static_cast<size_t>(__builtin_popcount(mask));
  return true;
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
  size_t i = 0;
  size_t o = 0;
  // o <= 3 * i, and `out` has room for 3 * units + 1 bytes: sixteen bytes fit
  // while five units are left, thirty-two while eleven are.
  while (i + 11 <= units) {
    if (i + 16 <= units && all_ascii(in + i)) {
      wasm_v128_store(out + o, wasm_u8x16_narrow_i16x8(wasm_v128_load(in + i), wasm_v128_load(in + i + 8)));
      i += 16;
      o += 16;
      continue;
    }
    size_t count;
    if (eight_ascii_or_three_byte(in + i, out + o, count)) {
      i += 8;
      o += count;
      continue;
    }
    // Anything else (a two-byte character, a surrogate) by the core, with
    // what comes before it, and the low half of a pair it starts (i + 11 <=
    // units: the unit after it is there).
    size_t take = count + 1;
    const char16_t unit = in[i + count];
    const char16_t after = in[i + count + 1];
    if (unit >= 0xD800 && unit <= 0xDBFF && after >= 0xDC00 && after <= 0xDFFF) ++take;
    o += utf8::from_utf16(in + i, take, out + o);
    i += take;
  }
  return o + utf8::from_utf16(in + i, units - i, out + o);
}

#else

size_t to_utf16(std::string_view in, char16_t* out) { return utf8::to_utf16(in, out); }
size_t from_utf16(const char16_t* in, size_t units, char* out) { return utf8::from_utf16(in, units, out); }

#endif

}  // namespace clinic::node

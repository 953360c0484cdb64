#include "utf8.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "byte_words.h"

namespace clinic::utf8 {

void append(std::string& out, char32_t cp) {
  if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

char32_t next_slow(std::string_view s, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  size_t len;
  char32_t cp;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    len = 2, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    len = 3, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    len = 4, cp = b0 & 0x07, min = 0x10000;
  } else {
    ++i;
    return kReplacement;
  }
  if (i + len > s.size()) {
    ++i;
    return kReplacement;
  }
  for (size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kReplacement;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Overlong forms, surrogates and out-of-range values are malformed too.
  if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
    ++i;
    return kReplacement;
  }
  i += len;
  return cp;
}

namespace {

// Whether `in` is well-formed UTF-8, as a DFA over its bytes (Unicode's Table
// 3-7), in the shift-based form: each state is a shift amount, and
// kTransitions[byte] holds, at each state's shift, the state that byte leads
// to, so a byte costs a load, a shift and a mask, with no branch. Posts are
// mostly ASCII or long runs of Hangul: ASCII is skipped eight bytes at a time.
// (Deciding byte by byte with next() cost as much as md4c's whole parse of a
// Korean post.)
enum State : uint8_t {
  kError = 0,  // every byte leaves it where it is
  kAccept = 6,
  kOneMore = 12,  // continuation bytes still due
  kTwoMore = 18,
  kThreeMore = 24,
  kAfterE0 = 30,  // below A0 would be overlong
  kAfterED = 36,  // above 9F would be a surrogate
  kAfterF0 = 42,  // below 90 would be overlong
  kAfterF4 = 48,  // above 8F would be past U+10FFFF
};

constexpr std::array<uint64_t, 256> make_transitions() {
  std::array<uint64_t, 256> t{};
  const auto on = [&](unsigned first, unsigned last, State from, State to) {
    for (unsigned b = first; b <= last; ++b) t[b] |= uint64_t{to} << from;
  };
  on(0x00, 0x7F, kAccept, kAccept);
  on(0xC2, 0xDF, kAccept, kOneMore);
  on(0xE0, 0xE0, kAccept, kAfterE0);
  on(0xE1, 0xEC, kAccept, kTwoMore);
  on(0xED, 0xED, kAccept, kAfterED);
  on(0xEE, 0xEF, kAccept, kTwoMore);
  on(0xF0, 0xF0, kAccept, kAfterF0);
  on(0xF1, 0xF3, kAccept, kThreeMore);
  on(0xF4, 0xF4, kAccept, kAfterF4);
  on(0x80, 0xBF, kOneMore, kAccept);
  on(0x80, 0xBF, kTwoMore, kOneMore);
  on(0x80, 0xBF, kThreeMore, kTwoMore);
  on(0xA0, 0xBF, kAfterE0, kOneMore);
  on(0x80, 0x9F, kAfterED, kOneMore);
  on(0x90, 0xBF, kAfterF0, kTwoMore);
  on(0x80, 0x8F, kAfterF4, kTwoMore);
  return t;
}

constexpr std::array<uint64_t, 256> kTransitions = make_transitions();

uint64_t step(uint64_t state, char byte) { return (kTransitions[static_cast<unsigned char>(byte)] >> state) & 63; }

}  // namespace

bool is_well_formed(std::string_view in) {
  uint64_t state = kAccept;
  size_t i = 0;
  for (; i + 8 <= in.size(); i += 8) {
    if (state == kAccept && byte_words::all_ascii(byte_words::load(in.data() + i))) continue;
    const char* b = in.data() + i;
    state = step(step(step(step(state, b[0]), b[1]), b[2]), b[3]);
    state = step(step(step(step(state, b[4]), b[5]), b[6]), b[7]);
    if (state == kError) return false;
  }
  for (; i < in.size(); ++i) state = step(state, in[i]);
  return state == kAccept;
}

size_t count_codepoints(std::string_view s, size_t limit) {
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < limit; next(s, i)) ++n;
  return n;
}

size_t to_utf16(std::string_view in, char16_t* out) {
  const size_t n = in.size();
  size_t i = 0;
  size_t o = 0;
  while (i < n) {
    // HTML is mostly ASCII, even a Korean post's (its markup): eight bytes at once.
    if (i + 8 <= n && byte_words::all_ascii(byte_words::load(in.data() + i))) {
      for (size_t k = 0; k < 8; ++k) out[o + k] = static_cast<unsigned char>(in[i + k]);
      i += 8;
      o += 8;
      continue;
    }
    const char32_t cp = next(in, i);
    if (cp < 0x10000) {
      out[o++] = static_cast<char16_t>(cp);
    } else {
      out[o++] = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      out[o++] = static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
  }
  return o;
}

size_t from_utf16(const char16_t* in, size_t units, char* out) {
  size_t i = 0;
  size_t o = 0;
  while (i < units) {
    // Mostly ASCII (English text, markup): four units at a time.
    if (i + 4 <= units) {
      uint64_t four;
      std::memcpy(&four, in + i, 8);
      if ((four & 0xFF80FF80FF80FF80ull) == 0) {
        for (size_t k = 0; k < 4; ++k) out[o + k] = static_cast<char>(in[i + k]);
        i += 4;
        o += 4;
        continue;
      }
    }
    const char32_t unit = in[i++];
    char32_t cp = unit;
    if (unit >= 0xD800 && unit <= 0xDFFF) {
      const bool pair = unit <= 0xDBFF && i < units && in[i] >= 0xDC00 && in[i] <= 0xDFFF;
      cp = pair ? 0x10000 + ((unit - 0xD800) << 10) + (in[i++] - 0xDC00) : kReplacement;
    }
    if (cp < 0x80) {
      out[o++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      out[o++] = static_cast<char>(0xC0 | (cp >> 6));
      out[o++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out[o++] = static_cast<char>(0xE0 | (cp >> 12));
      out[o++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out[o++] = static_cast<char>(0xF0 | (cp >> 18));
      out[o++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out[o++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[o++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return o;
}

std::string repaired(std::string_view in, size_t* replaced) {
  if (is_well_formed(in)) {
    if (replaced) *replaced = 0;
    return std::string(in);
  }
  std::string out;
  out.reserve(in.size());
  size_t count = 0;
  size_t i = 0;
  while (i < in.size()) {
    const size_t start = i;
    const char32_t cp = next(in, i);
    if (cp == kReplacement && !(i - start == 3 && in.compare(start, 3, "\xEF\xBF\xBD") == 0)) {
      ++count;
      append(out, kReplacement);
    } else {
      out.append(in.substr(start, i - start));
    }
  }
  if (replaced) *replaced = count;
  return out;
}

}  // namespace clinic::utf8

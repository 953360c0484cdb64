#include "utf8.h"

#include <cstdint>

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

char32_t next(std::string_view s, size_t& i) {
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

// Length of the valid prefix of `in`; ASCII is skipped eight bytes at a time
// since posts are mostly ASCII or long runs of Hangul.
size_t valid_prefix(std::string_view in) {
  size_t i = 0;
  while (i < in.size()) {
    if (i + 8 <= in.size()) {
      if (byte_words::all_ascii(byte_words::load(in.data() + i))) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(in[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    if (next(in, j) == kReplacement && !(j - i == 3 && in.compare(i, 3, "\xEF\xBF\xBD") == 0)) return i;
    i = j;
  }
  return i;
}

}  // namespace

size_t count_codepoints(std::string_view s, size_t limit) {
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < limit; next(s, i)) ++n;
  return n;
}

std::string repaired(std::string_view in, size_t* replaced) {
  const size_t valid = valid_prefix(in);
  if (valid == in.size()) {
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

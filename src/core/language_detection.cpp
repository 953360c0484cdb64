#include "language_detection.h"

namespace clinic {

std::string detect_language(std::string_view text) {
  // The opening of a post says its language; a long post need not be read to the end.
  constexpr size_t kSample = 64 * 1024;
  text = text.substr(0, kSample);
  size_t hangul = 0;
  size_t latin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto b = static_cast<unsigned char>(text[i]);
    if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
      ++latin;
    } else if (b >= 0xEA && b <= 0xED && i + 2 < text.size()) {
      // Lead bytes of U+A000..U+DFFF: Hangul syllables U+AC00..U+D7A3 are nearly all of what posts use there.
      const char32_t cp = (char32_t(b & 0x0F) << 12) | (char32_t(text[i + 1] & 0x3F) << 6) | char32_t(text[i + 2] & 0x3F);
      if (cp >= 0xAC00 && cp <= 0xD7A3) ++hangul;
      i += 2;
    } else if (b == 0xE1 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xFC) == 0x84) {
      ++hangul;  // conjoining jamo U+1100..U+11FF
      i += 2;
    }
  }
  // A Hangul syllable carries about as much text as three Latin letters.
  return hangul * 3 > latin ? "ko" : "en";
}

}  // namespace clinic

#include "language_detection.h"

#include "utf8.h"

namespace clinic {

std::string detect_language(std::string_view text) {
  size_t hangul = 0;
  size_t latin = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if ((cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3131 && cp <= 0x318E)) {
      ++hangul;
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
      ++latin;
    }
  }
  // A Hangul syllable carries about as much text as three Latin letters.
  return hangul * 3 > latin ? "ko" : "en";
}

}  // namespace clinic

#include "emoji_scan.h"

#include "utf8.h"

namespace clinic {
namespace {

bool is_pictographic(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) ||  // emoticons, symbols, pictographs, flags
         (cp >= 0x2600 && cp <= 0x27BF) ||    // miscellaneous symbols, dingbats
         (cp >= 0x2300 && cp <= 0x23FF) ||    // technical: ⌚ ⏰
         (cp >= 0x2B05 && cp <= 0x2B55) ||    // arrows, ⭐ ⭕
         (cp >= 0x2190 && cp <= 0x21FF) ||    // arrows
         (cp >= 0x25A0 && cp <= 0x25FF) ||    // geometric shapes: ▶ ◀
         cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139 || cp == 0x3030 || cp == 0x303D ||
         cp == 0x3297 || cp == 0x3299 || cp == 0x00A9 || cp == 0x00AE;
}

// Code points that extend an emoji without starting one.
bool is_emoji_component(char32_t cp) {
  return cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

// Length of a keycap sequence (base, optional U+FE0F, U+20E3) at the start.
size_t keycap_length(std::string_view text) {
  size_t i = 0;
  if (text.empty() || !is_keycap_base(static_cast<unsigned char>(text[0]))) return 0;
  i = 1;
  size_t j = i;
  char32_t cp = i < text.size() ? utf8::next(text, j) : 0;
  if (cp == 0xFE0F) {
    i = j;
    cp = i < text.size() ? utf8::next(text, j) : 0;
  }
  return cp == 0x20E3 ? j : 0;
}

}  // namespace

size_t emoji_run_length(std::string_view text) {
  size_t end = 0;
  size_t i = 0;
  bool after_zwj = false;
  while (i < text.size()) {
    if (const size_t k = keycap_length(text.substr(i)); k > 0 && (end == 0 || after_zwj)) {
      i += k;
      end = i;
      after_zwj = false;
      continue;
    }
    size_t j = i;
    const char32_t cp = utf8::next(text, j);
    if (is_pictographic(cp) || (end > 0 && is_emoji_component(cp))) {
      // Consecutive pictographs count as one marker: pasted text often loses
      // the ZWJ of sequences such as 💆‍♀️.
      i = j;
      end = i;
      after_zwj = false;
    } else if (cp == 0x200D && end > 0) {
      i = j;
      after_zwj = true;
    } else {
      break;
    }
  }
  return end;
}

size_t leading_keycap_length(std::string_view text) {
  if (const size_t k = keycap_length(text)) return k;
  size_t ten = 0;
  return leading_keycap_number(text, &ten) == 10 ? ten : 0;
}

int leading_keycap_number(std::string_view text, size_t* length) {
  if (const size_t k = keycap_length(text); k > 0 && text[0] >= '0' && text[0] <= '9') {
    if (length) *length = k;
    return text[0] - '0';
  }
  if (!text.empty() && text[0] == '\xF0' && text.substr(0, 4) == "\xF0\x9F\x94\x9F") {  // 🔟, its lead byte first
    size_t k = 4;
    if (text.substr(4, 3) == "\xEF\xB8\x8F") k += 3;
    if (length) *length = k;
    return 10;
  }
  return -1;
}

}  // namespace clinic

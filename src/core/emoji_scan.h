// Recognising emoji at the start of a line, as the clinic's posts use them:
// section markers (`💡`), bullets (`🧴`), answer markers (`👉`), keycaps (`1️⃣`).
// An approximation of UTS #51's Extended_Pictographic property: enough to tell
// where a leading emoji ends, not to segment arbitrary text (the view does that).
#pragma once

#include <string_view>

namespace clinic {

// Whether an emoji may start with the byte `first`: only a keycap's base among
// ASCII, and no lead byte of U+4000-U+DFFF (E4-ED: CJK ideographs and Hangul,
// the bulk of a Korean post), where no pictograph, component or joiner lives.
// Inline: callers ask at every character of headings and lines, and most
// answers are no.
inline bool is_keycap_base(char32_t cp) { return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*'; }
inline bool may_start_emoji(unsigned char first) {
  if (first < 0x80) return is_keycap_base(first);
  return first < 0xE4 || first > 0xED;
}

// Bytes taken by the emoji (one or more, with their modifiers, variation
// selectors, ZWJ links and keycap marks) at the start of `text`; 0 when `text`
// does not start with an emoji. Following white space is not included.
// Inline up to the first byte: recognition asks it of every line, and most
// lines start with a letter.
size_t emoji_run_length(std::string_view text);  // the scan, once text[0] may start one
inline size_t leading_emoji_length(std::string_view text) {
  return !text.empty() && may_start_emoji(static_cast<unsigned char>(text[0])) ? emoji_run_length(text) : 0;
}

// 1..10 for a keycap digit emoji (`1️⃣`, `1⃣`, `🔟`) at the start of `text`
// (`0️⃣` gives 0), -1 otherwise. `length` receives the bytes it takes.
int leading_keycap_number(std::string_view text, size_t* length = nullptr);

// Bytes of the keycap emoji at the start of `text` (`1️⃣`, `#⃣`, `*️⃣`, `🔟`), 0 if none.
size_t leading_keycap_length(std::string_view text);

}  // namespace clinic

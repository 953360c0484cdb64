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
size_t leading_emoji_length(std::string_view text);

// 1..10 for a keycap digit emoji (`1️⃣`, `1⃣`, `🔟`) at the start of `text`
// (`0️⃣` gives 0), -1 otherwise. `length` receives the bytes it takes.
int leading_keycap_number(std::string_view text, size_t* length = nullptr);

// Bytes of the keycap emoji at the start of `text` (`1️⃣`, `#⃣`, `*️⃣`, `🔟`), 0 if none.
size_t leading_keycap_length(std::string_view text);

// True when `text` may hold a keycap emoji: a cheap test before looking closely.
bool may_contain_keycap(std::string_view text);

}  // namespace clinic

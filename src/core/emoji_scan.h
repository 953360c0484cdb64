// Recognising emoji at the start of a line, as the clinic's posts use them:
// section markers (`💡`), bullets (`🧴`), answer markers (`👉`), keycaps (`1️⃣`).
// An approximation of UTS #51's Extended_Pictographic property: enough to tell
// where a leading emoji ends, not to segment arbitrary text (the view does that).
#pragma once

#include <string_view>

namespace clinic {

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

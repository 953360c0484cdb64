// Emoji sequences in text, found the way Unicode defines them (UTS #51): the
// table is made at build time from Unicode's emoji data (assets/fonts/
// emoji_table.py), never listed by hand. A sequence the data knows — a keycap
// 1️⃣, a ZWJ sequence 💆‍♀️, a flag 🇰🇷, a skin tone 👍🏽 — is one sprite; one it
// does not know falls apart into the sequences it is made of (the longest
// known one first), so an unknown ZWJ sequence still shows its people.
//
// Sprites are numbered as the sprite atlases number them (same build-time
// data), and a sprite is drawn as one private-use code point, kEmojiGlyphBase +
// sprite, that the emoji font source (emoji_atlas.h) draws from the atlases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace clinic::view {

// Private-use code points U+E000.. (in the BMP: ImGui's per-size glyph index
// grows to the highest code point drawn).
inline constexpr char32_t kEmojiGlyphBase = 0xE000;

int emoji_sprite_count();
const char* emoji_data_version();  // the emoji-datasource version the table came from

inline bool is_emoji_glyph(char32_t cp) {
  return cp >= kEmojiGlyphBase && cp < kEmojiGlyphBase + char32_t(emoji_sprite_count());
}

struct EmojiMatch {
  int sprite = -1;            // -1: no emoji sequence starts here
  size_t end = 0;             // byte after the sequence (its trailing VS16 included)
  bool text_default = false;  // one character that is text unless VS16 follows, and none does
};

// The longest emoji sequence at byte `pos` of `text` (not past `limit`).
// Variation selector 16 is optional inside a sequence, as text in the wild
// often drops it.
EmojiMatch match_emoji(std::string_view text, size_t pos, size_t limit = std::string_view::npos);

// The code points of sprite `sprite` as UTF-8 (fully-qualified form not
// guaranteed: VS16 is left out), for text that must read as the emoji did.
std::string emoji_sequence_text(int sprite);

// Code points that take no glyph of their own: joiners, variation selectors,
// tag characters, a combining keycap on its own.
bool is_emoji_component_only(char32_t cp);

inline bool is_regional_indicator(char32_t cp) { return cp >= 0x1F1E6 && cp <= 0x1F1FF; }

}  // namespace clinic::view

// Until the emoji pipeline (issue 4) lands, the text face has no emoji: an emoji
// the fonts cannot draw is left out (with its joiners, variation selectors and
// modifiers, and one space next to it) rather than drawn as a '?' that reads
// like punctuation. Emoji here are decoration (section and bullet markers), so
// the text stays complete.
#pragma once

#include <string_view>

#include "styled_text.h"
#include "view_fonts.h"

namespace clinic::view {

// Whether `cp` starts an emoji presentation sequence (pictographs, dingbats,
// regional indicators).
bool is_pictographic(char32_t cp);

// `text` without the emoji sequences the regular face cannot draw.
StyledText without_missing_emoji(const StyledText& text, const ViewFonts& fonts);

// True when every visible code point of `s` can be drawn by the regular face.
bool can_draw(std::string_view s, const ViewFonts& fonts);

}  // namespace clinic::view

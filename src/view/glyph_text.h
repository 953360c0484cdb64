// Text as the view draws it. ImGui draws one glyph per code point and does no
// shaping, so before layout each emoji sequence becomes the one private-use
// glyph of its sprite (emoji_segmentation.h) — or, for a character that is text
// unless VS16 follows it (♀, ©, ⚠ without VS16), the text face's glyph when the
// face has one — and code points that draw nothing (joiners, selectors, tags, a
// lone combining keycap) are dropped. A regional indicator no flag pairs it with
// reads as its letter. Nothing a face lacks becomes a '?': missing_glyphs()
// (glyph_coverage.h) lists such characters instead.
#pragma once

#include <string>
#include <string_view>

#include "styled_text.h"
#include "view_fonts.h"

namespace clinic::view {

StyledText glyph_text(const StyledText& text, const ViewFonts& fonts);
std::string glyph_string(std::string_view s, const ViewFonts& fonts);

// Drawn text back to readable text (each emoji glyph as its sequence): for the
// page's text layer, copy and search.
std::string readable_text(std::string_view drawn);

}  // namespace clinic::view

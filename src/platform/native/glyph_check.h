// Which characters of a post no loaded font can draw (`clinic-reader render
// --check-glyphs`): view::missing_glyphs() (src/view/glyph_coverage.h), the
// list the browser's loader uses too, with a reason per code point.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/drawable_characters.h"
#include "core/post_model.h"
#include "view/font_set.h"

namespace clinic::native {

struct MissingCodepoint {
  char32_t cp = 0;
  Undrawable reason = Undrawable::NotInFonts;
  uint32_t count = 0;  // occurrences in the post's drawn text
};

// Every code point the reader would draw for `post` — its text, title and
// byline, emoji bullets, and the widget's own words in the post's language —
// that the loaded faces cannot draw, in code point order. A character counts as
// drawable only when every loaded face has it (it may be set in either).
// Invisible characters (joiners, variation selectors) need no glyph.
std::vector<MissingCodepoint> missing_codepoints(const Post& post, const view::FontSet& glyphs);

// One line per code point: "U+1F9F4  🧴  3×  a character none of the reader's fonts has".
std::string describe_missing(const std::vector<MissingCodepoint>& missing);

}  // namespace clinic::native

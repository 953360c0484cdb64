// Which characters of a post the reader can draw with the glyph sources it has
// loaded: what `clinic-reader render --check-glyphs` reports, and what tells
// FontSet which chunks a post needs. Both read the post the way the view draws
// it (glyph_text.h): emoji as whole sequences, joiners and selectors as nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/post_model.h"
#include "font_set.h"

namespace clinic::view {

struct MissingGlyph {
  std::string text;        // the character or the emoji sequence, UTF-8
  char32_t codepoint = 0;  // its first code point
  int sprite = -1;         // an emoji: its sprite (emoji_segmentation.h)
  uint32_t count = 0;      // occurrences in the post's drawn text
  bool loadable = false;   // a file of fonts.txt not loaded yet has it
};

// Every character or emoji sequence the view would draw for `post` (its text,
// title and byline, list bullets, and the widget's own words in its language)
// that the loaded sources cannot: a text character counts as drawable when
// every loaded face has it, an emoji when its sprite is loaded. In code point
// order; empty when the post draws completely.
std::vector<MissingGlyph> missing_glyphs(const Post& post, const FontSet& fonts);

// Calls `visit` with each piece of text the view draws for `post`.
void for_each_drawn_text(const Post& post, const std::function<void(std::string_view)>& visit);

}  // namespace clinic::view

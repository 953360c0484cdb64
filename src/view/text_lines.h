// The laid-out post as lines of text: what the page's transparent text layer
// (selection, copy, find-in-page) is built from, the way PDF.js lays a text
// layer over its canvas. Derived from the same PostLayout the canvas draws, so
// a line of the layer sits exactly where its line is drawn.
#pragma once

#include <string>
#include <vector>

#include "post_layout.h"

namespace clinic::view {

struct TextLineBox {
  float x = 0, y = 0, width = 0;  // post coordinates (CSS px): top-left of the glyph box
  float size = 0;                 // font size
  bool bold = false;              // the line's first run is bold
  uint32_t text_begin = 0, text_end = 0;  // into TextLines::text
};

struct TextLines {
  std::vector<TextLineBox> lines;
  std::string text;
};

// One box per drawn line: consecutive text items of one size on one baseline
// that touch (the runs of a wrapped line) join; anything else starts a box.
// Text below an item's clip (an answer still opening) is left out.
TextLines text_lines(const PostLayout& layout);

}  // namespace clinic::view

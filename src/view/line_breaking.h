// Breaks styled text into lines no wider than a column, measuring every
// character in its own face: the wrapping ImGui's TextWrapped cannot do across
// style changes. Latin and Korean text breaks at spaces (Korean keeps its
// words whole, as CSS's `word-break: keep-all`), Chinese and Japanese between
// any two characters; a word longer than the column is cut.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "styled_text.h"
#include "view_fonts.h"

namespace clinic::view {

struct LineFragment {
  uint32_t begin = 0;  // byte range in the StyledText
  uint32_t end = 0;
  uint8_t style = 0;
  int32_t link = -1;
  float x = 0.0f;      // from the line's start
  float width = 0.0f;
};

struct TextLine {
  uint32_t first_fragment = 0;
  uint32_t fragment_count = 0;
  float width = 0.0f;
};

struct BrokenText {
  std::vector<TextLine> lines;
  std::vector<LineFragment> fragments;
  float widest = 0.0f;
};

enum class Spaces : uint8_t { Collapse, Keep };

// `base_style` is or-ed into every run (e.g. kBold for headings). Spaces at the
// start of a line are dropped unless `spaces` is Keep (code). Must run inside
// an ImGui frame: it measures with the fonts' baked glyphs.
BrokenText break_lines(const StyledText& text, const ViewFonts& fonts, float size, float max_width,
                       uint8_t base_style = 0, Spaces spaces = Spaces::Collapse);

// The advance of one code point in `style`; invisible joiners and variation
// selectors measure 0.
float char_advance(const ViewFonts& fonts, float size, uint8_t style, char32_t cp);

// True for code points drawn as nothing (ZWJ, variation selectors, ...).
bool is_invisible(char32_t cp);

// Appends `s` to `out` without its invisible code points: ImGui would draw
// them as missing glyphs.
void append_visible(std::string& out, std::string_view s);

}  // namespace clinic::view

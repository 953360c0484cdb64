// Internal to the layout_*.cpp files: the state of one layout pass and the
// helpers every kind of block uses.
#pragma once

#include <string_view>
#include <vector>

#include "glyph_text.h"
#include "line_breaking.h"
#include "missing_glyphs.h"
#include "post_layout.h"
#include "styled_text.h"
#include "ui_words.h"

namespace clinic::view {

struct LayoutContext {
  const Post& post;
  const ViewState& state;
  const ViewFonts& fonts;
  const UiWords& words;
  PostLayout& out;
  float y = 0.0f;  // the cursor: where the next block starts
  const ImageTable* images = nullptr;  // null: images show their alt text

  const Metrics& m() const { return out.metrics; }
  float line_height(float size, float factor) const { return std::round(size * factor); }

  // Appends an item and returns its index (to patch a background's height later).
  size_t add(const DrawItem& item) {
    out.items.push_back(item);
    return out.items.size() - 1;
  }
  int32_t add_hit(HitKind kind, int32_t index, float x0, float y0, float x1, float y1);

  StyledText inline_text(uint32_t first, uint32_t end) {
    return glyph_text(collect_inline(post, first, end, out.links), fonts);
  }

  // Text laid out in [x, x + width) from `top`: measured first, emitted later,
  // so a background can be drawn before the text it holds.
  struct Paragraph {
    StyledText text;
    BrokenText lines;
    float size = 0, line = 0;  // font size and line height
    float height() const { return float(lines.lines.size()) * line; }
  };
  Paragraph measure(StyledText text, float width, float size, float line_factor, uint8_t base_style = 0,
                    Spaces spaces = Spaces::Collapse);
  void emit(const Paragraph& p, float x, float top, ColorRole color, int32_t hit = -1);
  // measure + emit at the cursor; advances y by the text's height. Returns it.
  float text_block(StyledText text, float x, float width, float size, float line_factor, ColorRole color,
                   uint8_t base_style = 0);
  // One run of plain text (a label, a number) at (x, top); returns its width.
  float label(std::string_view s, float x, float top, float size, ColorRole color, bool bold, int32_t hit = -1);
  float label_width(std::string_view s, float size, bool bold) const;

  // Blocks: the siblings in [first, end), top to bottom in [x, x + width).
  // Consecutive inline siblings form one paragraph (tight list items, answers).
  void blocks(uint32_t first, uint32_t end, float x, float width);
  void block(uint32_t index, float x, float width);

  void header();                                               // layout_header.cpp
  void heading(uint32_t index, float x, float width);          // layout_blocks.cpp
  void list(uint32_t index, float x, float width);
  void quote(uint32_t index, float x, float width);
  void code_block(uint32_t index, float x, float width);
  void table(uint32_t index, float x, float width);
  void thematic_break(float x, float width);
  // Quotes and lists nest by recursion, and a post may nest thousands (`>>>>…`):
  // past kMaxNesting levels a container's text is laid out as one plain
  // paragraph, gathered without recursing.
  static constexpr int kMaxNesting = 32;
  int nesting = 0;
  bool too_deep(uint32_t index, float x, float width);
  // Inline content [first, end) as blocks: text paragraphs, and a block per
  // image standing in it (an Image, or a link holding only one).   layout_images.cpp
  void inline_blocks(uint32_t first, uint32_t end, float x, float width);
  void image_block(uint32_t image, int32_t link, float x, float width);
  void qa_controls(float x, float width);                      // layout_qa.cpp
  void qa_item(uint32_t index, float x, float width);
  // The ordinal of QaItem `index` among the post's QaItems: its slot in ViewState::qa_open.
  int qa_ordinal(uint32_t index);
  std::vector<uint32_t> qa_items;  // the post's QaItem nodes, in order (filled on first use)
  void clip_answer(size_t first_item, size_t first_hit, float top, float bottom, float reveal);
  void summary_list(uint32_t index, float x, float width);     // layout_cards.cpp

  // Spacing between blocks: collapses like CSS margins (the larger wins).
  float pending_gap = 0.0f;
  void gap(float g) { pending_gap = std::max(pending_gap, g); }
  void settle() {  // applies the pending gap before a block starts
    y += pending_gap;
    pending_gap = 0.0f;
  }
};

}  // namespace clinic::view

// Shared by the view tests: the sample posts, a headless ImGui (no GL) that
// builds frames of the view with the build's fonts, and readers of its output.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/parse_post.h"
#include "view/draw_post.h"
#include "view/font_set.h"
#include "view/post_layout.h"
#include "view/view_state.h"

namespace clinic::view_test {

std::string read_file(const std::string& path);
Post sample_post(const std::string& lang);  // assets/posts/milia.<lang>.md

// A reader's state for `post` at `width` CSS pixels: every question closed
// unless `open` says otherwise (one flag per question), answers at rest.
view::ViewState state_for(const Post& post, float width, float font_scale = 1.0f, std::vector<uint8_t> open = {});

// A glyph as the draw data holds it: a textured quad, in viewport pixels.
struct GlyphQuad {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// The view in an ImGui context with no renderer: a fake display, textures
// accepted and never uploaded (as in ImGui's example_null). Lines are drawn
// untextured so that every textured vertex in the draw data is a glyph's.
class HeadlessView {
 public:
  HeadlessView();
  ~HeadlessView();
  HeadlessView(const HeadlessView&) = delete;
  HeadlessView& operator=(const HeadlessView&) = delete;

  bool ready() const { return fonts_.ready(); }
  const std::string& error() const { return error_; }
  const view::ViewFonts& fonts() const { return fonts_; }
  const view::FontSet& glyphs() const { return glyphs_; }

  struct Frame {
    view::PostLayout layout;
    std::vector<GlyphQuad> glyphs;  // from the draw data, in drawing order
    size_t vertices = 0;
  };
  // Draws `post` whole: a first frame lays it out, a second draws it in a
  // viewport as tall as the post (so nothing is culled).
  Frame draw(const Post& post, view::ViewState state);

  // How many glyph quads ImGui emits for a text item of `layout` (visible
  // glyphs: spaces draw nothing). Call between frames.
  size_t glyphs_of(const view::PostLayout& layout, const view::DrawItem& item);
  // Whether the item's face has a real glyph for every code point of its text.
  std::vector<char32_t> undrawn_in(const view::PostLayout& layout, const view::DrawItem& item);

 private:
  void frame(const Post& post, view::ViewState& state);
  ImGuiContext* context_ = nullptr;
  view::FontSet glyphs_;  // the build's glyph files (fonts.txt), as the browser loads them
  view::ViewFonts fonts_;
  view::LayoutCache cache_;
  std::string error_;
};

std::string item_text(const view::PostLayout& layout, const view::DrawItem& item);

// The row of question `index` (0-based) in the layout; nullptr when absent.
const view::HitRegion* question_row(const view::PostLayout& layout, int index);

}  // namespace clinic::view_test

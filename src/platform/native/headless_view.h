// The view in an ImGui context with no renderer: a fake display, textures
// accepted and never uploaded (as in ImGui's example_null), the build's glyph
// files loaded as the browser loads them. The view tests assert on its layouts
// and draw data; bench/view_bench times its frames.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

#include "core/post_model.h"
#include "view/draw_post.h"
#include "view/font_set.h"
#include "view/post_layout.h"
#include "view/view_state.h"

namespace clinic::native {

// A reader's state for `post` at `width` CSS pixels: every question closed
// unless `open` says otherwise (one flag per question), answers at rest.
view::ViewState state_for(const Post& post, float width, float font_scale = 1.0f, std::vector<uint8_t> open = {});

// A glyph as the draw data holds it: a textured quad, in viewport pixels.
struct GlyphQuad {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Lines are drawn untextured so that every textured vertex in the draw data is
// a glyph's.
class HeadlessView {
 public:
  // `font_dir`: where fonts.txt and the glyph files are (null: the build's).
  explicit HeadlessView(const char* font_dir = nullptr);
  ~HeadlessView();
  HeadlessView(const HeadlessView&) = delete;
  HeadlessView& operator=(const HeadlessView&) = delete;

  bool ready() const { return fonts_.ready(); }
  const std::string& error() const { return error_; }
  const view::ViewFonts& fonts() const { return fonts_; }
  const view::FontSet& glyphs() const { return glyphs_; }
  view::LayoutCache& cache() { return cache_; }

  // Loads the glyph chunks `post` needs and forgets the layout (between frames).
  void use_post(const Post& post);

  // One frame as a platform makes it: begin_view_frame, draw_post, end_view_frame. Returns the
  // frame's draw data. begin_frame/end_frame bracket other work in a frame.
  ImDrawData* frame(const Post& post, view::ViewState& state);
  void begin_frame(const view::ViewState& state);
  ImDrawData* end_frame();

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
  ImGuiContext* context_ = nullptr;
  std::string font_dir_;
  view::FontSet glyphs_;  // the build's glyph files (fonts.txt), as the browser loads them
  view::ViewFonts fonts_;
  view::LayoutCache cache_;
  std::string error_;
};

std::string item_text(const view::PostLayout& layout, const view::DrawItem& item);

// The glyphs of a frame's draw data, in drawing order: ImGui writes a glyph as
// four consecutive vertices with its UVs; every other shape here samples the
// atlas's white pixel (HeadlessView draws lines untextured).
std::vector<GlyphQuad> glyph_quads(const ImDrawData& data);

}  // namespace clinic::native

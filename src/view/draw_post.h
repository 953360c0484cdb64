// Draws a post with Dear ImGui: immediate mode, called every frame that needs
// drawing, between begin_view_frame() and end_view_frame() (view_frame.h). Pointer input comes
// from ImGui's io (positions in viewport CSS pixels); keys go through
// view_input.h.
#pragma once

#include <string>

#include "core/post_model.h"
#include "post_layout.h"
#include "view_fonts.h"
#include "view_state.h"

namespace clinic::view {

// What happened in a frame that the platform has to act on.
struct FrameResult {
  bool wants_another_frame = false;  // an animation or a state change needs one more frame
  bool state_changed = false;        // something state() reports changed (open questions, ...)
  float content_height = 0.0f;       // the post's height in CSS pixels at this width
  std::string hovered_link;          // the URL under the pointer, to show it
  std::string open_link;             // a link the reader clicked: open it in a new tab
};

// `images`: the platform's loaded images (null: images show their alt text).
FrameResult draw_post(const Post& post, ViewState& state, const ViewFonts& fonts, LayoutCache& cache,
                      const ImageTable* images = nullptr);

}  // namespace clinic::view

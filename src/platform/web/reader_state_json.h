// The reader's state as JSON for the page's state(): what automation and the
// embedding page read.
#pragma once

#include <string>

#include "core/post_model.h"
#include "view/post_layout.h"
#include "view/view_state.h"

namespace clinic {

// {"title", "lang", "qa": [{"question", "open", "top", "bottom"}], "summary": [text],
//  "links": [{"href", "left", "top", "right", "bottom"}], "theme", "fontScale",
//  "contentHeight", "framesRendered", "textFramesRendered", "focus"}; positions
//  are in CSS pixels from the top-left of the post (a question's row; each drawn
//  piece of a link).
struct FrameCounts {
  int rendered = 0;   // every frame, a blank one while fonts load included
  int with_text = 0;  // frames that drew the post's text
};
std::string reader_state_json(const Post& post, const view::ViewState& state, const view::PostLayout& layout,
                              FrameCounts frames);

}  // namespace clinic

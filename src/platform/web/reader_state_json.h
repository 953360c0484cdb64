// The reader's state as JSON for the page's state(): what automation and the
// embedding page read.
#pragma once

#include <string>

#include "core/post_model.h"
#include "view/post_layout.h"
#include "view/view_state.h"

namespace clinic {

// {"title", "lang", "qa": [{"question", "open", "top", "bottom"}], "summary": [text],
//  "theme", "fontScale", "contentHeight", "framesRendered", "focus"}; a question's
// top and bottom are its row's, in CSS pixels from the top of the post.
std::string reader_state_json(const Post& post, const view::ViewState& state, const view::PostLayout& layout,
                              int frames_rendered);

}  // namespace clinic

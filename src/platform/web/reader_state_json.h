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
//  "contentHeight", "framesRendered", "focus"}; positions are in CSS pixels from
//  the top-left of the post (a question's row; each drawn piece of a link).
std::string reader_state_json(const Post& post, const view::ViewState& state, const view::PostLayout& layout,
                              int frames_rendered);

}  // namespace clinic

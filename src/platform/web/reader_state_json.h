// The reader's state as JSON for the page's state(): what automation and the
// embedding page read.
#pragma once

#include <string>

#include "core/post_model.h"
#include "view/view_state.h"

namespace clinic {

// {"title", "lang", "qa": [{"question", "open"}], "summary": [text], "theme",
//  "fontScale", "contentHeight", "framesRendered"}
std::string reader_state_json(const Post& post, const view::ViewState& state, float content_height, int frames_rendered);

}  // namespace clinic

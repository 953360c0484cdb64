// Shared by the view tests: the sample posts, a headless ImGui (no GL) that
// builds frames of the view with the build's fonts (platform/native/headless_view.h),
// and readers of its output.
#pragma once

#include <string>
#include <vector>

#include "core/parse_post.h"
#include "platform/native/headless_view.h"
#include "view/draw_post.h"
#include "view/font_set.h"
#include "view/post_layout.h"
#include "view/view_state.h"

namespace clinic::view_test {

std::string read_file(const std::string& path);
Post sample_post(const std::string& lang);  // assets/posts/milia.<lang>.md

// The headless view and its helpers live in src/platform/native (bench/view_bench uses them too).
using native::glyph_quads;
using native::GlyphQuad;
using native::HeadlessView;
using native::item_text;
using native::state_for;

// The row of question `index` (0-based) in the layout; nullptr when absent.
const view::HitRegion* question_row(const view::PostLayout& layout, int index);

}  // namespace clinic::view_test

// Where an inline node's Markdown starts in Post::source, for messages that
// name a line (lint findings, the site's notes on a post's files).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "post_model.h"

namespace clinic {

// The offset of node `index` (a Link or Image) in Post::source. A node with
// text of its own starts where its text does; one without took the offset of
// whatever came before it (the text a line above, or a line break's offset,
// which md4c hands out from its own string), so its syntax is found as the
// next `marker` ("![", "](") after the last text before it.
size_t inline_source_offset(const Post& post, uint32_t index, std::string_view marker);

}  // namespace clinic

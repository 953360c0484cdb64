// Plain text of model nodes: what `inspect` prints and recognition matches on.
#pragma once

#include <string>

#include "post_model.h"

namespace clinic {

// The text of node `index` and its descendants: inline markup removed, line
// breaks and block boundaries as one space, runs of white space collapsed,
// trimmed.
std::string plain_text(const Post& post, uint32_t index);

// The same for the sibling range [first, end).
std::string plain_text_of_range(const Post& post, uint32_t first, uint32_t end);

// Collapses runs of ASCII white space to one space and trims both ends.
std::string collapse_whitespace(std::string_view text);

}  // namespace clinic

// The md4c consumer: appends the nodes of a Markdown body to a post.
#pragma once

#include "post_model.h"

namespace clinic {

// Parses post.source[body_offset..] as CommonMark with GitHub's extensions, raw
// HTML treated as text, and fills post.nodes (nodes[0] becomes the Document).
void build_nodes_from_markdown(Post& post);

}  // namespace clinic

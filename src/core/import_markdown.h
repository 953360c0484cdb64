// The importer's last step: front matter and blocks written as a post in our
// Markdown format (docs/post-format.md), every character of the text kept.
#pragma once

#include <string>
#include <vector>

#include "import_blocks.h"
#include "post_model.h"

namespace clinic::import {

// Front matter with the non-empty `title`, `author`, `role`, `clinic`, `date` and
// `lang` of `meta`, then the blocks: `## ` headings, `- ` lists, `**Q1. …**`
// questions with their answers on the next lines, `### ` unmarked questions,
// paragraphs one sentence flow per line; text escaped to read back literally.
std::string write_markdown(const PostMeta& meta, const std::vector<Block>& blocks);

}  // namespace clinic::import

// Structure recognition: finds the title, language, sections, Q&A items and
// summary cards of a post, whether written as Markdown or pasted from the
// clinic's old blog as plain lines.
#pragma once

#include "post_model.h"

namespace clinic {

// Rebuilds post.nodes so that the Document holds the introduction's blocks
// followed by Section nodes; a Q&A section holds QaItem nodes and a summary
// section a SummaryList. Fills meta.title and meta.lang when the front matter
// did not give them.
void recognize_structure(Post& post);

}  // namespace clinic

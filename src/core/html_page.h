// The page around the article when HtmlOptions::standalone asks for a whole
// document: <head> with charset, viewport, title and a small stylesheet.
#pragma once

#include <string>

#include "post_model.h"

namespace clinic {

// Everything up to and including <main>.
void append_page_start(std::string& out, const PostMeta& meta);
// </main> to the end of the document.
void append_page_end(std::string& out);

}  // namespace clinic

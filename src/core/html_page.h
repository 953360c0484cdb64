// The page around the article when HtmlOptions::standalone asks for a whole
// document: <head> with charset, viewport, title and a small stylesheet.
#pragma once

#include <string>

#include "html_output.h"
#include "post_model.h"

namespace clinic {

// Everything up to and including <main>.
// `theme_css` defines the custom properties the page's styles use (HtmlOptions::theme_css).
void append_page_start(HtmlOutput& out, const PostMeta& meta, std::string_view theme_css);
// </main> to the end of the document.
void append_page_end(HtmlOutput& out);

}  // namespace clinic

// The page around the article when HtmlOptions::standalone asks for a whole
// document: <head> with charset, viewport, title and a small stylesheet.
#pragma once

#include <string>

#include "html_output.h"
#include "post_model.h"

namespace clinic {

// ` lang="…"` for an element, when `lang` is known.
void append_lang_attribute(HtmlOutput& out, std::string_view lang);

// Every page's start: <!doctype>, <html lang>, <head> with charset, viewport
// and <title>. The caller adds the rest of the head.
void append_document_start(HtmlOutput& out, std::string_view lang, std::string_view title);

// Everything up to and including <main>.
// `theme_css` defines the custom properties the page's styles use (HtmlOptions::theme_css).
void append_page_start(HtmlOutput& out, const PostMeta& meta, std::string_view theme_css);
// </main> to the end of the document.
void append_page_end(HtmlOutput& out);

}  // namespace clinic

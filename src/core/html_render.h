// HTML renditions of a post model (never a second parse of the Markdown).
#pragma once

#include <string>

#include "html_output.h"

#include "post_model.h"

namespace clinic {

struct HtmlOptions {
  bool standalone = false;  // a whole page with minimal CSS, not a fragment
  bool json_ld = false;     // schema.org FAQPage JSON-LD for the Q&A items
  // For a standalone page: the theme's custom properties (--cr-text, ...), written
  // by the view (view::page_theme_css) so that the page and the canvas share one
  // theme. Without them the page keeps the browser's own colours.
  std::string theme_css;
};

// The accessible article: <article>, header with title and byline, <section>s
// with heading ids, the Q&A as an accordion, summary cards as an <ol>.
std::string render_article_html(const Post& post, const HtmlOptions& options = {});
// The same, handed to `sink` in chunks as it is written (never held whole).
void render_article_html(const Post& post, const HtmlOptions& options, const HtmlSink& sink);

// Ordinary CommonMark HTML of the body, as md4c's `md2html --github --fno-html`
// writes it (unsafe link targets dropped): no chrome, no recognised structure.
std::string render_plain_html(const Post& post);
void render_plain_html(const Post& post, const HtmlSink& sink);

}  // namespace clinic

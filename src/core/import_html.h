// Importing the clinic's posts as saved web pages (its own site, a Naver-style
// blog, WordPress): the page parsed as a browser parses it (html_tree.h), the
// article found among the chrome (html_article_finder.h), the front matter read
// from the page (html_page_meta.h), the article's lines (html_to_lines.h) then
// written as the plain-text importer writes its lines, so the same emoji
// titles, Q&A and summary cards are recognised. Plain strings in and out.
#pragma once

#include <string>
#include <string_view>

#include "import_plain_text.h"

namespace clinic {

enum class ImportInput : uint8_t { Text, Html };

// Html when the bytes start (after a BOM and white space) with markup that
// reads as a page: a doctype, <html>, <head>, <body>, or a tag and an end tag
// of common body elements in the first 4 KB; else Text.
ImportInput detect_import_input(std::string_view bytes);

struct HtmlImportOptions {
  std::string page_url;  // where the page was saved from, when the page does not say (canonical, og:url)
};

// Never fails; a page with no text gives a post with an empty body
// (ImportedPost::markdown holds the front matter, if any, only).
ImportedPost import_html(std::string_view html, const HtmlImportOptions& options = {});

// The one entry point for an input of either kind.
ImportedPost import_post(std::string_view bytes, ImportInput kind, const HtmlImportOptions& options = {});

// Why an imported page is not a post, or "" when it is: a page whose article
// holds no text gives a bare front matter. `clinic-reader import` and the npm
// package's importText() refuse it with this message.
std::string_view import_refusal(const ImportedPost& post, ImportInput kind);

}  // namespace clinic

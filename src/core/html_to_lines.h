// The article element of a saved page as the importer's lines: each paragraph,
// editor line, heading and caption a line of text (with its links and emphasis
// as Markdown); images, tables, lists and code as Markdown blocks of their own;
// the chrome inside the article (share buttons, counters, tag lists, "목록"
// links) left out. The lines then go through the same classification as
// pasted plain text (import_lines.h): emoji titles, Q&A, summary cards.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html_tree.h"
#include "import_lines.h"

namespace clinic::html {

struct ArticleLines {
  std::vector<import::PlainLine> lines;
  std::vector<std::string> tags;  // hashtags and tag lists found in the article, '#' dropped
};

// `base_url`: what relative links and image sources resolve against (may be
// empty: they stay relative). `title`: a leading heading or line with this text
// is the title, already in the front matter, and left out.
ArticleLines article_lines(const Node& article, std::string_view base_url, std::string_view title);

}  // namespace clinic::html

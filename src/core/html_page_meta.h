// What a saved page says about its post outside the post's text: title, author,
// date, language, tags and the address relative links resolve against; read from
// schema.org JSON-LD and microdata, Open Graph and <meta> tags, <time>, the
// page's own title and byline elements, in that order of trust.
#pragma once

#include <string>
#include <vector>

#include "date_text.h"
#include "html_tree.h"

namespace clinic::html {

struct PageMeta {
  std::string title;
  std::string author;
  std::string date;      // YYYY-MM-DD, or empty
  std::string lang;      // from <html lang>: "ko", "en"; empty when the page does not say
  std::string base_url;  // <base href> resolved against the page's address (canonical, og:url)
  std::vector<std::string> tags;
};

// `article` is what find_article() chose: a title or byline inside it is
// preferred to one elsewhere. `page_url` (may be empty) is where the page was
// saved from, used when the page names no address of its own.
PageMeta read_page_meta(const Node& root, const Node& article, std::string_view page_url);

using clinic::normalized_date;  // date_text.h: the plain-text importer reads dates too

// A page's author field that names nobody: "관리자", "admin", "운영자".
bool is_placeholder_author(std::string_view name);

}  // namespace clinic::html

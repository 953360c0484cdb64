#include "site_index.h"

#include <map>

#include "html_escape.h"
#include "html_page.h"
#include "site_page_parts.h"

namespace clinic {
namespace {

// The list is typeset by the runtime's own stylesheet: its theme and article
// rules are scoped to `clinic-reader > article.clinic-post`, so the list is
// such an article inside a <clinic-reader> element that no loader upgrades
// (this page loads none). Beyond them only this: no margin around the page, and
// titles that read as headings, in the heading's colour.
constexpr std::string_view kStyle =
    "body{margin:0}\n"
    "clinic-reader > article.site-index h2 a{color:inherit;text-decoration:none}\n"
    "clinic-reader > article.site-index h2 a:hover{text-decoration:underline}\n";

// The language most posts are in: the page's own `lang`.
std::string most_common_lang(const std::vector<SitePost>& posts) {
  std::map<std::string, size_t> counts;
  for (const SitePost& post : posts) ++counts[post.lang];
  std::string best;
  size_t best_count = 0;
  for (const auto& [lang, count] : counts) {
    if (count > best_count) best = lang, best_count = count;
  }
  return best;
}

}  // namespace

std::string site_index_html(const std::vector<SitePost>& posts, const SiteOptions& options) {
  HtmlOutput out(2048 + posts.size() * 512);
  site::append_head_start(out, most_common_lang(posts), options.title, "");
  if (const std::string canonical = site_url(options, ""); !canonical.empty()) {
    out.append("<link rel=\"canonical\" href=\"");
    html::append_url(out, canonical);
    out.append("\">\n");
  }
  site::append_feed_link(out, options, "");
  out.append("<style>\n");
  out.append(kStyle);
  out.append("</style>\n</head>\n<body>\n<clinic-reader>\n<article class=\"clinic-post site-index\">\n<header>\n<h1>");
  html::append_text(out, options.title);
  out.append("</h1>\n</header>\n");
  for (const SitePost& post : posts) {
    out.append("<section");
    append_lang_attribute(out, post.lang);
    out.append(">\n<h2><a href=\"");
    html::append_url(out, post_page_path(post));
    out.append("\">");
    html::append_text(out, post.title);
    out.append("</a></h2>\n<p class=\"byline\">");
    site::append_post_facts(out, post);
    out.append("</p>\n");
    if (!post.description.empty()) {
      out.append("<p>");
      html::append_text(out, post.description);
      out.append("</p>\n");
    }
    out.append("</section>\n");
  }
  out.append("</article>\n</clinic-reader>\n</body>\n</html>\n");
  return out.take();
}

}  // namespace clinic

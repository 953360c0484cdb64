#include "html_page.h"

#include "html_escape.h"

namespace clinic {
namespace {

// Readable without fetching anything: the page around the article. The
// article's own rules and the theme's values come in HtmlOptions::theme_css
// (the view's article_css and page_theme_css: the reader's typography).
constexpr std::string_view kStyle = R"css(
body{margin:0;background:var(--cr-background);color:var(--cr-text)}
@media print{a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--cr-muted)}.qa-item,.summary-card{break-inside:avoid}}
)css";

}  // namespace

void append_page_start(HtmlOutput& out, const PostMeta& meta, std::string_view theme_css) {
  out.append("<!doctype html>\n<html");
  if (!meta.lang.empty()) {
    out.append(" lang=\"");
    html::append_attribute(out, meta.lang);
    out.push_back('"');
  }
  out.append(">\n<head>\n<meta charset=\"utf-8\">\n");
  out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html::append_text(out, meta.title.empty() ? std::string_view("clinic-reader") : std::string_view(meta.title));
  out.append("</title>\n");
  if (!meta.summary.empty()) {
    out.append("<meta name=\"description\" content=\"");
    html::append_attribute(out, meta.summary);
    out.append("\">\n");
  }
  out.append("<style>");
  out.append(theme_css);
  out.append(kStyle);
  out.append("</style>\n</head>\n<body>\n<main>\n");
}

void append_page_end(HtmlOutput& out) { out.append("</main>\n</body>\n</html>\n"); }

}  // namespace clinic

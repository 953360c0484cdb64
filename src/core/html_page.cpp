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

void append_lang_attribute(HtmlOutput& out, std::string_view lang) {
  if (lang.empty()) return;
  out.append(" lang=\"");
  html::append_attribute(out, lang);
  out.push_back('"');
}

void append_document_start(HtmlOutput& out, std::string_view lang, std::string_view title) {
  out.append("<!doctype html>\n<html");
  append_lang_attribute(out, lang);
  out.append(">\n<head>\n<meta charset=\"utf-8\">\n");
  out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html::append_text(out, title);
  out.append("</title>\n");
}

void append_page_start(HtmlOutput& out, const PostMeta& meta, std::string_view theme_css) {
  append_document_start(out, meta.lang, meta.title.empty() ? std::string_view("clinic-reader") : std::string_view(meta.title));
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

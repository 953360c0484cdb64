#include "html_page.h"

#include "html_escape.h"

namespace clinic {
namespace {

// Readable without fetching anything: system fonts, the reader's column,
// Korean kept whole at word boundaries, the reader's light or dark preference,
// and the Q&A as <details> so that it opens without script.
// The theme's values come in HtmlOptions::theme_css; these rules only use them.
constexpr std::string_view kStyle = R"css(
*{box-sizing:border-box}
body{margin:0;background:var(--cr-background);color:var(--cr-text);font:calc(var(--cr-body-scale)*1rem)/var(--cr-line) var(--cr-font);word-break:keep-all;overflow-wrap:anywhere}
main{max-width:calc(var(--cr-column) + 2 * var(--cr-margin));margin:0 auto;padding:2rem var(--cr-margin) 4rem}
h1,h2,h3,h4,h5,h6{color:var(--cr-heading);line-height:var(--cr-heading-line);margin:var(--cr-subheading-before) 0 var(--cr-heading-after)}
h1{font-size:var(--cr-title);line-height:var(--cr-title-line);margin-top:0}
h2{font-size:var(--cr-h2);margin-top:var(--cr-heading-before)}
h3{font-size:var(--cr-h3)}
.byline{color:var(--cr-muted);font-size:var(--cr-byline);margin:0 0 2rem}
a{color:var(--cr-link)}
img{max-width:100%;height:auto}
pre{overflow-x:auto;padding:1rem;background:var(--cr-code-background);border-radius:6px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;color:var(--cr-code-text)}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid var(--cr-rule);padding:.4rem .7rem}
blockquote{margin:1rem 0;padding:0 1rem;border-left:4px solid var(--cr-quote-bar);background:var(--cr-quote-background)}
.emoji-bullets{list-style:none;padding-left:.25rem}
.qa-item{border:1px solid var(--cr-rule);border-radius:8px;margin:.75rem 0;background:var(--cr-row-background)}
.qa-question{cursor:pointer;padding:.75rem 1rem}
.qa-question>*{display:inline;font-size:1.05em;margin:0}
.qa-question:focus-visible{outline:3px solid var(--cr-accent);outline-offset:2px;border-radius:8px}
.qa-item[open]>.qa-question{border-bottom:1px solid var(--cr-rule)}
.qa-answer{padding:0 1rem;background:var(--cr-background)}
.summary-cards{padding-left:1.75rem}
.summary-card{border:1px solid var(--cr-card-border);border-radius:8px;padding:.6rem 1rem;margin:.5rem 0;background:var(--cr-card-background)}
.summary-card::marker{font-weight:700;color:var(--cr-accent)}
@media print{.qa-answer{display:block}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--cr-muted)}.qa-item,.summary-card{break-inside:avoid}}
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

#include "html_page.h"

#include "html_escape.h"

namespace clinic {
namespace {

// Readable without fetching anything: system fonts, a ~70ch measure, Korean
// kept whole at word boundaries, the reader's light or dark preference, and
// the Q&A as <details> so that it opens without script.
constexpr std::string_view kStyle = R"css(
:root{color-scheme:light dark;--text:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--accent:#0550ae}
@media (prefers-color-scheme:dark){:root{--text:#e6edf3;--muted:#9198a1;--bg:#0d1117;--panel:#151b23;--line:#3d444d;--accent:#4493f8}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:1.0625rem/1.75 system-ui,-apple-system,"Segoe UI",Roboto,"Apple SD Gothic Neo","Noto Sans KR","Malgun Gothic",sans-serif;word-break:keep-all;overflow-wrap:anywhere}
main{max-width:70ch;margin:0 auto;padding:2rem 1.25rem 4rem}
h1,h2,h3,h4,h5,h6{line-height:1.3;margin:2rem 0 .75rem}
h1{font-size:1.9rem;margin-top:0}
.byline{color:var(--muted);margin:0 0 2rem}
a{color:var(--accent)}
img{max-width:100%;height:auto}
pre{overflow-x:auto;padding:1rem;background:var(--panel);border-radius:6px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
table{border-collapse:collapse;display:block;overflow-x:auto}
th,td{border:1px solid var(--line);padding:.4rem .7rem}
blockquote{margin:1rem 0;padding:0 1rem;border-left:4px solid var(--line);color:var(--muted)}
.emoji-bullets{list-style:none;padding-left:.25rem}
.qa-item{border:1px solid var(--line);border-radius:8px;margin:.75rem 0;background:var(--panel)}
.qa-question{cursor:pointer;padding:.75rem 1rem}
.qa-question>*{display:inline;font-size:1.05rem;margin:0}
.qa-question:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:8px}
.qa-item[open]>.qa-question{border-bottom:1px solid var(--line)}
.qa-answer{padding:0 1rem}
.summary-cards{padding-left:1.75rem}
.summary-card{border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem;margin:.5rem 0;background:var(--panel)}
.summary-card::marker{font-weight:700}
)css";

}  // namespace

void append_page_start(HtmlOutput& out, const PostMeta& meta) {
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
  out.append(kStyle);
  out.append("</style>\n</head>\n<body>\n<main>\n");
}

void append_page_end(HtmlOutput& out) { out.append("</main>\n</body>\n</html>\n"); }

}  // namespace clinic

// The XSS corpus (xss_vectors.md) through both renderers, checked by reading
// the output's tags as a browser would (html_scan.h), never by looking for the
// vectors' own text.
#include <gtest/gtest.h>
#include <md4c-html.h>

#include <fstream>
#include <sstream>

#include "core/html_render.h"
#include "core/parse_post.h"
#include "html/html_scan.h"

namespace clinic {
namespace {

using testing::executable_constructs;
using Findings = std::vector<std::string>;

std::string corpus() {
  std::ifstream in(CLINIC_READER_SOURCE_DIR "/tests/html/xss_vectors.md", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The vectors: the blocks after the file's introduction, separated by blank lines.
std::vector<std::string> vectors() {
  const std::string text = corpus();
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string::npos) end = text.size();
    if (end > start) out.push_back(text.substr(start, end - start) + "\n");
    start = end + 2;
  }
  out.erase(out.begin(), out.begin() + 2);  // the heading and the introduction
  return out;
}

std::string plain(std::string_view markdown) {
  return render_plain_html(parse_post(markdown, ParseOptions{.recognize_structure = false}));
}

std::string md2html(std::string_view markdown) {
  std::string out;
  md_html(
      markdown.data(), static_cast<MD_SIZE>(markdown.size()),
      [](const MD_CHAR* text, MD_SIZE size, void* userdata) { static_cast<std::string*>(userdata)->append(text, size); },
      &out, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, 0);
  return out;
}

TEST(XssChecker, FindsWhatABrowserWouldRun) {
  for (const char* html : {
           "<script>alert(1)</script>", "<SCRIPT SRC=//x.example/x.js></SCRIPT>", "<p><svg/onload=alert(1)></p>",
           "<img src=x onerror=alert(1)>", "<iframe src=\"https://example.com\"></iframe>", "<object data=x></object>",
           "<embed src=x>", "<a href=\"javascript:alert(1)\">x</a>", "<a href='JaVaScRiPt:alert(1)'>x</a>",
           "<a href=java&#x09;script:alert(1)>x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
           "<a href=\"&#x6A&#x61vascript:alert(1)\">x</a>", "<a href=\" &#14; javascript:alert(1)\">x</a>",
           "<a href=\"javascript&colon;alert(1)\">x</a>", "<a href=\"javascript&#58alert(1)\">x</a>",
           "<a href=\"vbscript:x\">x</a>", "<img src=\"file:///etc/passwd\">",
           "<a href=\"data:text/html,x\">x</a>", "<img src=\"data:image/svg+xml,x\">", "<p title=\"a\"onclick=\"x\">",
           "<p/onclick=x>", "<script type=\"application/ld+json\">{\"a\":\"</script><script>alert(1)</script>\"}</script>", "a < b",
           "<!-- x -->", "<p style=\"x\">", "<div x=\"1\" \n onmouseover=alert(1)>",
       }) {
    SCOPED_TRACE(html);
    EXPECT_NE(executable_constructs(html), Findings{});
  }
}

TEST(XssChecker, AcceptsWhatOurRenderersWrite) {
  for (const char* html : {
           "<p><a href=\"https://example.com/?a=1&amp;b=2\" title=\"x&quot; onclick=&quot;y\">a</a></p>",
           "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"javascript:alert(1)\">",
           "<a href=\"/javascript:x\">a</a>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
           // An escaped reference stays text: the browser's URL is "javascript&#58cript:...", relative.
           "<a href=\"javascript&amp;#58cript:alert(1)%3E\">numeric colon</a>",
           "<script type=\"application/ld+json\">{\"a\":\"\\u003c/script>\"}</script>",
           "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>",
       }) {
    SCOPED_TRACE(html);
    EXPECT_EQ(executable_constructs(html), Findings{});
  }
}

TEST(XssCorpus, HoldsSixtyVectorsOrMore) { EXPECT_GE(vectors().size(), 60u); }

// md2html, which keeps every target, shows the corpus has teeth.
TEST(XssCorpus, WithoutFilteringTheTargetsTheCheckerFindsThem) {
  size_t flagged = 0;
  for (const std::string& vector : vectors()) flagged += !executable_constructs(md2html(vector)).empty();
  EXPECT_GE(flagged, 25u);
}

TEST(XssCorpus, PlainRenditionRunsNothing) {
  EXPECT_EQ(executable_constructs(plain(corpus())), Findings{});
  for (const std::string& vector : vectors()) {
    SCOPED_TRACE(vector);
    const std::string html = plain(vector);
    EXPECT_EQ(executable_constructs(html), Findings{}) << html;
    EXPECT_EQ(testing::unbalanced_tags(html), Findings{}) << html;
  }
}

TEST(XssCorpus, ArticleRunsNothing) {
  for (const HtmlOptions options : {HtmlOptions{}, HtmlOptions{.json_ld = true},
                                    HtmlOptions{.standalone = true, .json_ld = true}}) {
    const std::string html = render_article_html(parse_post(corpus()), options);
    EXPECT_EQ(executable_constructs(html), Findings{});
    EXPECT_EQ(testing::unbalanced_tags(html), Findings{});
  }
  for (const std::string& vector : vectors()) {
    SCOPED_TRACE(vector);
    const std::string html = render_article_html(parse_post(vector), {.json_ld = true});
    EXPECT_EQ(executable_constructs(html), Findings{}) << html;
  }
}

// The corpus ends with a Q&A and a summary section, so the article's own
// markup (buttons, panels, cards, JSON-LD) carries hostile text too.
TEST(XssCorpus, ReachesTheRecognisedStructure) {
  const std::string html = render_article_html(parse_post(corpus()), {.json_ld = true});
  EXPECT_NE(html.find("<button"), std::string::npos);
  EXPECT_NE(html.find("summary-cards"), std::string::npos);
  EXPECT_NE(html.find("application/ld+json"), std::string::npos);
}

}  // namespace
}  // namespace clinic

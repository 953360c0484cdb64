#include <gtest/gtest.h>

#include "core/html_render.h"
#include "core/parse_post.h"
#include "html/html_scan.h"
#include "html/post_builder.h"

namespace clinic {
namespace {

std::string plain(std::string_view markdown) {
  return render_plain_html(parse_post(markdown, ParseOptions{.recognize_structure = false}));
}

// What an attribute of the first tag named `tag` holds, as a browser reads it.
std::string attribute_of(std::string_view html, std::string_view tag, std::string_view attribute) {
  for (const testing::Tag& t : testing::scan_html(html).tags) {
    if (t.name != tag || t.closing) continue;
    const testing::Attribute* a = t.find(attribute);
    return a ? a->value : "(absent)";
  }
  return "(no such tag)";
}

TEST(PlainHtml, WritesBlocksAsMd2htmlDoes) {
  EXPECT_EQ(plain("# Title\n\npara\n\n---\n\n> quote\n"),
            "<h1>Title</h1>\n<p>para</p>\n<hr>\n<blockquote>\n<p>quote</p>\n</blockquote>\n");
  EXPECT_EQ(plain("3. a\n4. b\n"), "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n");
  EXPECT_EQ(plain("- a\n\n- b\n"), "<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n");
}

// Nesting past the writer's inline stack of open nodes (32): every element
// still closes, innermost first.
TEST(PlainHtml, DeepNestingClosesInOrder) {
  for (const size_t depth : {31u, 32u, 33u, 100u}) {
    std::string markdown(depth, '>');
    markdown += " *deep*\n";
    std::string want;
    for (size_t i = 0; i < depth; ++i) want += "<blockquote>\n";
    want += "<p><em>deep</em></p>\n";
    for (size_t i = 0; i < depth; ++i) want += "</blockquote>\n";
    EXPECT_EQ(plain(markdown), want) << depth;
  }
}

TEST(PlainHtml, WritesTaskListItems) {
  EXPECT_EQ(plain("- [x] done\n- [ ] todo\n"),
            "<ul>\n"
            "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled checked>"
            "done</li>\n"
            "<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>"
            "todo</li>\n"
            "</ul>\n");
}

TEST(PlainHtml, WritesCodeBlocksWithTheirLanguage) {
  EXPECT_EQ(plain("```cpp extra\nint a < b;\n```\n"),
            "<pre><code class=\"language-cpp\">int a &lt; b;\n</code></pre>\n");
  EXPECT_EQ(plain("```language-py\nx\n```\n"), "<pre><code class=\"language-py\">x\n</code></pre>\n");
  EXPECT_EQ(plain("    indented\n"), "<pre><code>indented\n</code></pre>\n");
}

TEST(PlainHtml, WritesTableAlignment) {
  EXPECT_EQ(plain("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"),
            "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n<th align=\"center\">b</th>\n"
            "<th align=\"right\">c</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align=\"left\">1</td>\n"
            "<td align=\"center\">2</td>\n<td align=\"right\">3</td>\n</tr>\n</tbody>\n</table>\n");
}

TEST(PlainHtml, WritesInlines) {
  EXPECT_EQ(plain("*a* **b** ~~c~~ `d<e`  \nf\ng\n"),
            "<p><em>a</em> <strong>b</strong> <del>c</del> <code>d&lt;e</code><br>\nf\ng</p>\n");
}

TEST(PlainHtml, ImageAltIsThePlainTextOfItsDescription) {
  EXPECT_EQ(plain("![a *b* [c](d) `e`\nf](x.png)\n"), "<p><img src=\"x.png\" alt=\"a b c e f\"></p>\n");
}

TEST(PlainHtml, TitlesAppearOnlyWhenWritten) {
  EXPECT_EQ(plain("[a](/u)\n"), "<p><a href=\"/u\">a</a></p>\n");
  EXPECT_EQ(plain("[a](/u \"t\")\n"), "<p><a href=\"/u\" title=\"t\">a</a></p>\n");
  EXPECT_EQ(plain("![a](/u 't')\n"), "<p><img src=\"/u\" alt=\"a\" title=\"t\"></p>\n");
  EXPECT_EQ(plain("[a](/u \"\")\n"), "<p><a href=\"/u\">a</a></p>\n");  // md4c drops an empty title
}

TEST(PlainHtml, EntitiesAreDecodedThenEscapedAgain) {
  EXPECT_EQ(plain("&lt;b&gt; &amp;amp; &copy; &#x1F600; &bogus;\n"),
            "<p>&lt;b&gt; &amp;amp; \xC2\xA9 \xF0\x9F\x98\x80 &amp;bogus;</p>\n");
}

TEST(PlainHtml, RawHtmlIsShownAsText) {
  EXPECT_EQ(plain("<script>alert(1)</script>\n"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  EXPECT_EQ(plain("<div onclick=\"x()\">\nhi\n</div>\n"),
            "<p>&lt;div onclick=&quot;x()&quot;&gt;\nhi\n&lt;/div&gt;</p>\n");
  EXPECT_EQ(plain("a <img src=x onerror=alert(1)> b\n"), "<p>a &lt;img src=x onerror=alert(1)&gt; b</p>\n");
  EXPECT_EQ(plain("<!-- comment -->\n"), "<p>&lt;!-- comment --&gt;</p>\n");
}

TEST(PlainHtml, TitlesCannotLeaveTheirAttribute) {
  const std::string html = plain("[a](/u \"x\\\" onmouseover=\\\"alert(1)\")\n");
  EXPECT_EQ(html, "<p><a href=\"/u\" title=\"x&quot; onmouseover=&quot;alert(1)\">a</a></p>\n");
  EXPECT_EQ(attribute_of(html, "a", "title"), "x\" onmouseover=\"alert(1)");
  EXPECT_EQ(attribute_of(html, "a", "onmouseover"), "(absent)");
}

TEST(PlainHtml, AltTextCannotLeaveItsAttribute) {
  const std::string html = plain("![x\" onerror=\"alert(1)](i.png \"<t>\")\n");
  EXPECT_EQ(html, "<p><img src=\"i.png\" alt=\"x&quot; onerror=&quot;alert(1)\" title=\"&lt;t&gt;\"></p>\n");
  EXPECT_EQ(attribute_of(html, "img", "alt"), "x\" onerror=\"alert(1)");
  EXPECT_EQ(attribute_of(html, "img", "onerror"), "(absent)");
}

TEST(PlainHtml, TargetsCannotLeaveTheirAttribute) {
  const std::string html = plain("[a](/x\"onclick=\"alert(1)'>)\n");
  EXPECT_EQ(html, "<p><a href=\"/x%22onclick=%22alert(1)%27%3E\">a</a></p>\n");
  EXPECT_EQ(attribute_of(html, "a", "onclick"), "(absent)");
}

TEST(PlainHtml, CodeLanguageCannotLeaveItsAttribute) {
  const std::string html = plain("```\"><script>alert(1)</script>\nx\n```\n");
  EXPECT_EQ(attribute_of(html, "code", "class"), "language-\"><script>alert(1)</script>");
  EXPECT_TRUE(testing::executable_constructs(html).empty());
}

// Every spelling of a script target, through the parser, the model and the renderer.
TEST(PlainHtml, UnsafeLinkTargetsAreDroppedKeepingTheText) {
  for (const char* markdown : {
           "[go](javascript:alert(1))", "[go](JaVaScRiPt:alert(1))", "[go](java&#x09;script:alert(1))",
           "[go](&#106;avascript:alert(1))", "[go](&#x01;javascript:alert(1))", "[go](<javascript:alert(1)>)",
           "[go](javascript&colon;alert(1))", "[go](vbscript:msgbox(1))", "[go](VBSCRIPT:x)", "[go](file:///etc/passwd)",
           "[go](data:text/html;base64,PHNjcmlwdD4=)", "[go](data:image/svg+xml,x)", "[go][r]\n\n[r]: javascript:alert(1)",
       }) {
    SCOPED_TRACE(markdown);
    EXPECT_EQ(plain(markdown), "<p>go</p>\n");
  }
  EXPECT_EQ(plain("<javascript:alert(1)>"), "<p>javascript:alert(1)</p>\n");
}

TEST(PlainHtml, LeadingSpaceBeforeAScriptTargetIsNotALink) {
  // CommonMark does not allow a space before the target: the whole thing is text.
  EXPECT_EQ(plain("[go]( javascript:alert(1))"), "<p>go</p>\n");
}

TEST(PlainHtml, UnsafeImagesBecomeTheirAltText) {
  EXPECT_EQ(plain("![a <b> *c*](javascript:alert(1) \"t\")"), "<p>a &lt;b&gt; c</p>\n");
}

TEST(PlainHtml, ImageDataUrlsAndOrdinaryUrlsAreKept) {
  EXPECT_EQ(plain("![i](data:image/png;base64,iVBORw0KGgo=)"),
            "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"i\"></p>\n");
  EXPECT_EQ(plain("[a](https://example.com/?next=javascript:x)"),
            "<p><a href=\"https://example.com/?next=javascript:x\">a</a></p>\n");
}

TEST(PlainHtml, RecognisedStructureFallsBackToPlainMarkup) {
  testing::PostBuilder b;
  b.section(SectionKind::Summary, "s").heading(2, "S");
  b.open(NodeKind::SummaryList);
  b.open(NodeKind::SummaryCard).text("one").close();
  b.close().close();
  b.section(SectionKind::Qa, "q").qa(1, "Q?", "A.").close();
  EXPECT_EQ(render_plain_html(b.build()), "<h2>S</h2>\n<ol>\n<li>one</li>\n</ol>\n<p>Q?</p>\n<p>A.</p>\n");
}

}  // namespace
}  // namespace clinic

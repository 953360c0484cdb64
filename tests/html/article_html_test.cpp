#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/html_render.h"
#include "core/parse_post.h"
#include "html/html_scan.h"
#include "html/post_builder.h"

namespace clinic {
namespace {

using testing::PostBuilder;

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// A post with every recognised structure, built by hand.
Post sample_post() {
  PostBuilder b;
  b.meta().title = "Rosacea <basics>";
  b.meta().author = "Dr. Kim";
  b.meta().role = "Dermatologist";
  b.meta().clinic = "Seoul Skin";
  b.meta().date = "2026-04-11";
  b.meta().lang = "en";
  b.paragraph("Hello.");
  b.section(SectionKind::Text, "what-is-it").heading(2, "What is it?").paragraph("A condition.").close();
  b.section(SectionKind::Qa, "faq").heading(2, "FAQ").paragraph("Common questions.");
  b.qa(1, "Is it curable?", "It can be controlled.");
  b.qa(2, "How many sessions?", "Three to five.");
  b.close();
  b.section(SectionKind::Summary, "summary").heading(2, "Summary");
  b.open(NodeKind::SummaryList);
  b.open(NodeKind::SummaryCard).text("1\xEF\xB8\x8F\xE2\x83\xA3 Avoid heat.").close();
  b.open(NodeKind::SummaryCard).text("Use gentle cleansers.").close();
  b.close();
  b.paragraph("See you soon.");
  b.close();
  return b.build();
}

TEST(ArticleHtml, IsAnArticleWithLanguageAndHeader) {
  const std::string html = render_article_html(sample_post());
  EXPECT_TRUE(html.starts_with("<article class=\"clinic-post\" lang=\"en\">\n<header>\n<h1>Rosacea &lt;basics&gt;</h1>\n"));
  EXPECT_TRUE(contains(html, "<p class=\"byline\">Dr. Kim · Dermatologist · Seoul Skin · "
                             "<time datetime=\"2026-04-11\">2026-04-11</time> · "
                             "<span class=\"reading-time\">1 min read</span></p>\n</header>\n<p>Hello.</p>\n"));
  EXPECT_TRUE(html.ends_with("</article>\n"));
}

TEST(ArticleHtml, ByLineIsTheReadingTimeAloneWithoutFrontMatter) {
  // The canvas draws the reading time whatever the front matter says; the article writes it too.
  PostBuilder b;
  b.meta().lang = "ko";
  b.paragraph("안녕하세요.");
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<header>\n<p class=\"byline\"><span class=\"reading-time\">읽는 시간 1분</span></p>\n</header>\n"));
}

TEST(ArticleHtml, ByLineLeavesOutMissingPartsAndUnreadableDates) {
  PostBuilder b;
  b.meta().author = "Dr. Kim";
  b.meta().date = "last spring";
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<p class=\"byline\">Dr. Kim · last spring · <span class=\"reading-time\">1 min read</span></p>"));
  EXPECT_FALSE(contains(html, "<time"));
  EXPECT_FALSE(contains(html, "<h1>"));
}

TEST(ArticleHtml, SectionsAreLabelledByTheirHeadingIds) {
  const std::string html = render_article_html(sample_post());
  EXPECT_TRUE(contains(html, "<section class=\"post-section\" aria-labelledby=\"what-is-it\">\n"
                             "<h2 id=\"what-is-it\">What is it?</h2>\n<p>A condition.</p>\n</section>\n"));
  EXPECT_TRUE(contains(html, "<section class=\"post-section qa\" aria-labelledby=\"faq\">\n<h2 id=\"faq\">FAQ</h2>\n"
                             "<p>Common questions.</p>\n"));
  EXPECT_TRUE(contains(html, "<section class=\"post-section summary\" aria-labelledby=\"summary\">\n"));
}

TEST(ArticleHtml, QuestionsFollowTheAccordionPattern) {
  const std::string html = render_article_html(sample_post());
  EXPECT_TRUE(contains(html,
                       "<div class=\"qa-item\">\n"
                       "<h3 class=\"qa-question\"><button type=\"button\" aria-expanded=\"true\" "
                       "aria-controls=\"q2-panel\" id=\"q2\">How many sessions?</button></h3>\n"
                       "<div class=\"qa-answer\" role=\"region\" id=\"q2-panel\" aria-labelledby=\"q2\">\n"
                       "<p>Three to five.</p>\n</div>\n</div>\n"));
}

TEST(ArticleHtml, QuestionIdsCountAcrossTheWholeArticle) {
  PostBuilder b;
  b.section(SectionKind::Qa, "one").heading(2, "One").qa(1, "A?", "a").close();
  b.section(SectionKind::Qa, "two").heading(2, "Two").qa(1, "B?", "b").qa(2, "C?", "c").close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "id=\"q1\">A?</button>"));
  EXPECT_TRUE(contains(html, "id=\"q2\">B?</button>"));
  EXPECT_TRUE(contains(html, "id=\"q3\">C?</button>"));
}

TEST(ArticleHtml, QuestionHeadingsSitOneLevelBelowTheirSection) {
  PostBuilder b;
  b.section(SectionKind::Qa, "faq", 3).heading(3, "FAQ").qa(1, "A?", "a").close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<h3 id=\"faq\">FAQ</h3>"));
  EXPECT_TRUE(contains(html, "<h4 class=\"qa-question\"><button"));
}

TEST(ArticleHtml, LinksInsideQuestionsBecomeText) {
  PostBuilder b;
  b.section(SectionKind::Qa, "faq").heading(2, "FAQ");
  b.open(NodeKind::QaItem).open(NodeKind::QaQuestion).text("See ");
  b.open(NodeKind::Link);
  b.current().href = b.pool("https://example.com");
  b.text("this").close().close();
  b.open(NodeKind::QaAnswer).paragraph("ok").close().close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "id=\"q1\">See this</button>"));
  EXPECT_FALSE(contains(html, "<a "));
}

TEST(ArticleHtml, SummaryCardsAreAnOrderedList) {
  const std::string html = render_article_html(sample_post());
  EXPECT_TRUE(contains(html,
                       "<h2 id=\"summary\">Summary</h2>\n<ol class=\"summary-cards\">\n"
                       "<li class=\"summary-card\"><span aria-hidden=\"true\">1\xEF\xB8\x8F\xE2\x83\xA3</span> Avoid heat.</li>\n"
                       "<li class=\"summary-card\">Use gentle cleansers.</li>\n</ol>\n<p>See you soon.</p>\n</section>\n"));
}

TEST(ArticleHtml, CardNumbersThatSkipAreKept) {
  PostBuilder b;
  b.section(SectionKind::Summary, "s").heading(2, "S").open(NodeKind::SummaryList);
  b.open(NodeKind::SummaryCard).text("a").close();
  b.current().number = 0;
  b.open(NodeKind::SummaryCard);
  b.current().number = 5;
  b.text("b").close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<li class=\"summary-card\">a</li>\n<li class=\"summary-card\" value=\"5\">b</li>"));
}

TEST(ArticleHtml, KeycapsAreHiddenFromScreenReaders) {
  PostBuilder b;
  b.paragraph("1\xEF\xB8\x8F\xE2\x83\xA3 one, 2\xE2\x83\xA3 two, #\xEF\xB8\x8F\xE2\x83\xA3 hash, "
              "\xF0\x9F\x94\x9F ten, 1\xEF\xB8\x8F\xE2\x83\xA3" "2\xEF\xB8\x8F\xE2\x83\xA3 twelve, 42 plain, 3\xEF\xB8\x8F no");
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html,
                       "<p><span aria-hidden=\"true\">1\xEF\xB8\x8F\xE2\x83\xA3</span> one, "
                       "<span aria-hidden=\"true\">2\xE2\x83\xA3</span> two, "
                       "<span aria-hidden=\"true\">#\xEF\xB8\x8F\xE2\x83\xA3</span> hash, "
                       "<span aria-hidden=\"true\">\xF0\x9F\x94\x9F</span> ten, "
                       "<span aria-hidden=\"true\">1\xEF\xB8\x8F\xE2\x83\xA3" "2\xEF\xB8\x8F\xE2\x83\xA3</span> twelve, "
                       "42 plain, 3\xEF\xB8\x8F no</p>"))
      << html;
}

// Keycaps beside characters that are escaped, a keycap mark with no base or
// with a base already written, at every offset of the eight-byte scan.
TEST(ArticleHtml, KeycapsAndEscapesAtEveryOffset) {
  const std::string hidden_one = "<span aria-hidden=\"true\">1\xEF\xB8\x8F\xE2\x83\xA3</span>";
  const std::string hidden_ten = "<span aria-hidden=\"true\">\xF0\x9F\x94\x9F</span>";
  for (size_t pad = 0; pad < 16; ++pad) {
    const std::string lead(pad, 'a');
    PostBuilder b;
    b.paragraph(lead + "&1\xEF\xB8\x8F\xE2\x83\xA3<x\xE2\x83\xA3 &\xE2\x83\xA3\"\xF0\x9F\x94\x9F>" + lead +
                "\xEF\xB8\x8F\xE2\x83\xA3 1\xEF\xB8\x8F\xE2\x83\xA3");
    const std::string html = render_article_html(b.build());
    const std::string want = "<p>" + lead + "&amp;" + hidden_one + "&lt;x\xE2\x83\xA3 &amp;\xE2\x83\xA3&quot;" +
                             hidden_ten + "&gt;" + lead + "\xEF\xB8\x8F\xE2\x83\xA3 " + hidden_one + "</p>";
    EXPECT_TRUE(contains(html, want)) << "pad " << pad << "\n" << html;
  }
}

TEST(ArticleHtml, KeycapHiddenAtEveryOffsetAfterAsciiAndHangul) {
  // The scan goes eight bytes at a time: a keycap's mark can fall anywhere in a word.
  for (size_t pad = 0; pad < 20; ++pad) {
    for (const std::string_view keycap : {std::string_view("1\xEF\xB8\x8F\xE2\x83\xA3"), std::string_view("\xF0\x9F\x94\x9F"),
                                          std::string_view("#\xE2\x83\xA3")}) {
      std::string hangul;
      for (size_t k = 0; k < pad; ++k) hangul += "가";
      for (const std::string& lead : {std::string(pad, 'a'), hangul}) {
        PostBuilder b;
        b.paragraph(lead + std::string(keycap));  // at the very end
        const std::string html = render_article_html(b.build());
        EXPECT_TRUE(contains(html, "<p>" + lead + "<span aria-hidden=\"true\">" + std::string(keycap) + "</span></p>"))
            << pad << "\n" << html;
      }
    }
  }
}

TEST(ArticleHtml, KeycapNearMissesStayText) {
  const std::string text = "1. A numbered line, 2024-05-01, #hashtag *star* 밀리움 💡 ✅ 👉 "
                           "\xE2\x83\xA4 \xE2\x83 \xF0\x9F\x94\x9E \xF0\x9F\x94";  // ⃤ 🔞
  PostBuilder b;
  b.paragraph(text);
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<p>" + text + "</p>")) << html;
}

TEST(ArticleHtml, EmojiBulletsAreHidden) {
  PostBuilder b;
  b.open(NodeKind::List);
  b.current().flags = node_flags::kTight;
  b.current().text = b.pool("\xF0\x9F\xA7\xB4");
  b.open(NodeKind::ListItem).text("Moisturise").close();
  b.close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<ul class=\"emoji-bullets\">\n<li><span class=\"bullet\" aria-hidden=\"true\">"
                             "\xF0\x9F\xA7\xB4</span> Moisturise</li>\n</ul>\n"));
}

TEST(ArticleHtml, UnsafeTargetsAreDropped) {
  PostBuilder b;
  b.open(NodeKind::Paragraph).open(NodeKind::Link);
  b.current().flags = node_flags::kUnsafeTarget;
  b.text("click").close();
  b.open(NodeKind::Image);
  b.current().flags = node_flags::kUnsafeTarget;
  b.text("picture").close();
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "<p>clickpicture</p>"));
}

Post hostile_post() {
  PostBuilder b;
  b.meta().title = "</title><script>alert(1)</script>";
  b.meta().lang = "en\" onclick=\"alert(1)";
  b.meta().author = "<b>me</b>";
  b.meta().date = "2026-01-01\"><script>";
  b.meta().summary = "\"><script>alert(1)</script>";
  b.section(SectionKind::Text, "x\" onmouseover=\"alert(1)").heading(2, "<img src=x onerror=alert(1)>").close();
  b.section(SectionKind::Qa, "faq").heading(2, "FAQ").qa(1, "<script>alert(1)</script>", "</div><svg onload=x>");
  return b.build();
}

TEST(ArticleHtml, EveryAttributeAndTextIsEscaped) {
  for (const bool standalone : {false, true}) {
    const std::string html = render_article_html(hostile_post(), {.standalone = standalone, .json_ld = true});
    SCOPED_TRACE(html);
    EXPECT_EQ(testing::executable_constructs(html), std::vector<std::string>{});
    EXPECT_EQ(testing::unbalanced_tags(html), std::vector<std::string>{});
    EXPECT_TRUE(contains(html, "id=\"x&quot; onmouseover=&quot;alert(1)\""));
    EXPECT_TRUE(contains(html, "lang=\"en&quot; onclick=&quot;alert(1)\""));
    EXPECT_TRUE(contains(html, "&lt;b&gt;me&lt;/b&gt;"));
    EXPECT_TRUE(contains(html, "2026-01-01&quot;&gt;&lt;script&gt;"));
    EXPECT_TRUE(contains(html, "&lt;img src=x onerror=alert(1)&gt;"));
    EXPECT_TRUE(contains(html, "&lt;/div&gt;&lt;svg onload=x&gt;"));
  }
  const std::string page = render_article_html(hostile_post(), {.standalone = true});
  EXPECT_TRUE(contains(page, "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  EXPECT_TRUE(contains(page, "<meta name=\"description\" content=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">"));
}

TEST(ArticleHtml, JsonLdListsTheQuestionsAndCannotLeaveItsScript) {
  PostBuilder b;
  b.meta().lang = "ko";
  b.section(SectionKind::Qa, "faq").heading(2, "FAQ");
  b.qa(1, "</script><script>alert(1)</script>?", "Answer \"quoted\"\u2028.");
  b.qa(2, "Second?", "Yes.");
  const std::string html = render_article_html(b.build(), {.json_ld = true});
  const size_t script = html.find("<script type=\"application/ld+json\">");
  ASSERT_NE(script, std::string::npos);
  const std::string json = html.substr(script + 35, html.find("</script>", script) - script - 35);
  EXPECT_EQ(json,
            "{\"@context\":\"https://schema.org\",\"@type\":\"FAQPage\",\"inLanguage\":\"ko\",\"mainEntity\":["
            "{\"@type\":\"Question\",\"name\":\"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>?\","
            "\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"Answer \\\"quoted\\\"\\u2028.\"}},"
            "{\"@type\":\"Question\",\"name\":\"Second?\",\"acceptedAnswer\":{\"@type\":\"Answer\",\"text\":\"Yes.\"}}]}");
  EXPECT_EQ(testing::executable_constructs(html), std::vector<std::string>{});
}

TEST(ArticleHtml, JsonLdIsLeftOutWithoutQuestions) {
  PostBuilder b;
  b.paragraph("No questions here.");
  EXPECT_FALSE(contains(render_article_html(b.build(), {.json_ld = true}), "<script"));
  EXPECT_FALSE(contains(render_article_html(sample_post()), "<script"));
}

TEST(ArticleHtml, StandaloneIsAWholePageWithStyle) {
  // The theme's properties come from the caller (the CLI: the view's theme) and lead the stylesheet.
  const std::string html = render_article_html(sample_post(), {.standalone = true, .theme_css = ":root{--cr-text:#123456}"});
  EXPECT_TRUE(html.starts_with("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>Rosacea &lt;basics&gt;</title>\n<style>:root{--cr-text:#123456}"));
  EXPECT_TRUE(contains(html, "body{margin:0;background:var(--cr-background);color:var(--cr-text)}"));
  EXPECT_TRUE(contains(html, "<body>\n<main>\n<article class=\"clinic-post\" lang=\"en\">"));
  EXPECT_TRUE(html.ends_with("</article>\n</main>\n</body>\n</html>\n"));
  EXPECT_EQ(testing::unbalanced_tags(html), std::vector<std::string>{});
}

TEST(ArticleHtml, StandaloneQuestionsOpenWithoutScript) {
  const std::string html = render_article_html(sample_post(), {.standalone = true});
  EXPECT_TRUE(contains(html,
                       "<details class=\"qa-item\" id=\"q1\">\n<summary class=\"qa-question\"><h3>Is it curable?</h3>"
                       "</summary>\n<div class=\"qa-answer\">\n<p>It can be controlled.</p>\n</div>\n</details>\n"));
  EXPECT_FALSE(contains(html, "<button"));
  EXPECT_FALSE(contains(html, "<script"));
}

// The references an accessible page depends on: unique ids, and every
// aria-controls / aria-labelledby pointing at one of them.
std::vector<std::string> broken_references(std::string_view html) {
  std::map<std::string, int> ids;
  std::vector<std::string> problems;
  const auto tags = testing::scan_html(html).tags;
  for (const auto& tag : tags) {
    if (const auto* id = tag.find("id")) ++ids[id->value];
  }
  for (const auto& [id, count] : ids) {
    if (count > 1) problems.push_back("duplicate id " + id);
  }
  for (const auto& tag : tags) {
    for (const char* attribute : {"aria-controls", "aria-labelledby"}) {
      if (const auto* a = tag.find(attribute); a && !ids.contains(a->value)) {
        problems.push_back(std::string(attribute) + " -> missing " + a->value);
      }
    }
  }
  return problems;
}

TEST(ArticleHtml, IsWellFormedWithWorkingReferences) {
  for (const bool standalone : {false, true}) {
    const std::string html = render_article_html(sample_post(), {.standalone = standalone, .json_ld = true});
    EXPECT_EQ(testing::unbalanced_tags(html), std::vector<std::string>{});
    EXPECT_EQ(broken_references(html), std::vector<std::string>{});
    EXPECT_EQ(testing::executable_constructs(html), std::vector<std::string>{});
  }
}

// The clinic's sample posts, through the real recognition.
TEST(ArticleHtml, SamplePostsAreWellFormedWithWorkingReferences) {
  const std::filesystem::path posts = CLINIC_READER_SOURCE_DIR "/tests/posts";
  if (!std::filesystem::exists(posts)) GTEST_SKIP() << "no sample posts";
  int rendered = 0;
  for (const auto& entry : std::filesystem::directory_iterator(posts)) {
    if (entry.path().extension() != ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream markdown;
    markdown << in.rdbuf();
    const Post post = parse_post(markdown.str());
    for (const bool standalone : {false, true}) {
      SCOPED_TRACE(entry.path().filename().string() + (standalone ? " (standalone)" : ""));
      const std::string html = render_article_html(post, {.standalone = standalone, .json_ld = true});
      EXPECT_EQ(testing::unbalanced_tags(html), std::vector<std::string>{});
      EXPECT_EQ(broken_references(html), std::vector<std::string>{});
      EXPECT_EQ(testing::executable_constructs(html), std::vector<std::string>{});
    }
    ++rendered;
  }
  EXPECT_GT(rendered, 0);
}

TEST(ArticleHtml, TitleHeadingRepeatedInTheBodyIsDroppedOnce) {
  PostBuilder b;
  b.meta().title = "Sunscreen";
  b.heading(1, "Sunscreen").heading(1, "Sunscreen");
  const std::string html = render_article_html(b.build());
  EXPECT_TRUE(contains(html, "</header>\n<h2>Sunscreen</h2>\n</article>"));  // the second one, below <h1>
}

}  // namespace
}  // namespace clinic

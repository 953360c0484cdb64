// Saved web pages and page debris: the debris vocabulary, URLs, telling a page
// from text, and the HTML importer on small pages (the four realistic pages
// are checked by check_pages.py).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/front_matter.h"
#include "core/html_article_finder.h"
#include "core/html_nesting_limit.h"
#include "core/html_page_meta.h"
#include "core/html_tree.h"
#include "core/import_html.h"
#include "core/parse_post.h"
#include "core/post_outline.h"
#include "core/recognition_vocabulary.h"
#include "core/url_resolution.h"

namespace clinic {
namespace {

bool has(const std::string& haystack, std::string_view needle) { return haystack.find(needle) != std::string::npos; }

TEST(ScrapeDebris, KoreanAndEnglishNavigationAndButtons) {
  for (const char* line : {"블로그 목록으로", "목록", "목록으로 돌아가기", "이웃추가", "공유하기", "Back to Blogs", "Share",
                           "Leave a Reply", "Related Posts", "본문 바로가기", "맨 위로", "Home > Blog > Milia",
                           "홈 › 커뮤니티 › 건강칼럼"}) {
    EXPECT_TRUE(vocabulary::is_scrape_debris(line)) << line;
  }
}

TEST(ScrapeDebris, CountersInEitherLanguage) {
  for (const char* line : {"조회수 1,284", "조회 52", "공감 12", "댓글 3", "댓글 0개", "공감 5 댓글 3", "Comments (3)",
                           "4 Comments", "12 likes", "Views: 1,024", "좋아요 7"}) {
    EXPECT_TRUE(vocabulary::is_scrape_debris(line)) << line;
  }
}

TEST(ScrapeDebris, LinksToOtherPosts) {
  for (const char* line : {"이전글 여드름 흉터, 생기기 전에 막는 법", "다음글: 기미와 주근깨", "← 이전 글 모공 레이저",
                           "Previous post: Winter eczema", "Next Post Acne scars"}) {
    EXPECT_TRUE(vocabulary::is_scrape_debris(line)) << line;
  }
}

TEST(ScrapeDebris, ProseThatMentionsTheSameWordsIsKept) {
  for (const char* line : {"이전글에서 말씀드린 것처럼 보습이 가장 중요합니다.", "이전글 보셨나요?",
                           "댓글로 질문을 남겨 주세요.", "공감이 가는 이야기입니다.", "Comments are welcome below.",
                           "Share this with a friend who has rosacea.", "조회수가 많은 글입니다.", "Next, apply sunscreen.",
                           "3 sessions are usually enough", "비립종 제거 후 관리"}) {
    EXPECT_FALSE(vocabulary::is_scrape_debris(line)) << line;
  }
}

TEST(ChromeNames, ClassesOfPageFurniture) {
  for (const char* name : {"share-buttons", "post_footer_contents", "u_likeit_list_module", "board_btn", "breadcrumbs",
                           "location", "jp-relatedposts", "cookie-notice-container", "area_comment", "entry-meta"}) {
    EXPECT_TRUE(vocabulary::is_chrome_name(name)) << name;
  }
}

TEST(ChromeNames, ClassesOfThePostItself) {
  for (const char* name : {"se-main-container", "entry-content", "view_content", "wp-block-image size-large",
                           "se-text-paragraph", "board_view", "hentry post type-post", ""}) {
    EXPECT_FALSE(vocabulary::is_chrome_name(name)) << name;
  }
}

TEST(UrlResolution, RelativeReferencesAgainstThePage) {
  const char* base = "https://clinic.example/blog/posts/milia.html?x=1#top";
  EXPECT_EQ(resolve_url(base, "/img/a.jpg"), "https://clinic.example/img/a.jpg");
  EXPECT_EQ(resolve_url(base, "a.jpg"), "https://clinic.example/blog/posts/a.jpg");
  EXPECT_EQ(resolve_url(base, "../b.html#c"), "https://clinic.example/blog/b.html#c");
  EXPECT_EQ(resolve_url(base, "./c/../d.png"), "https://clinic.example/blog/posts/d.png");
  EXPECT_EQ(resolve_url(base, "//cdn.example/e.png"), "https://cdn.example/e.png");
  EXPECT_EQ(resolve_url(base, "?page=2"), "https://clinic.example/blog/posts/milia.html?page=2");
  EXPECT_EQ(resolve_url(base, "  mailto:desk@clinic.example "), "mailto:desk@clinic.example");
  EXPECT_EQ(resolve_url("https://clinic.example", "x.png"), "https://clinic.example/x.png");
  EXPECT_EQ(resolve_url("", "x.png"), "x.png");  // no address known: left relative
}

TEST(ImportInputKind, PagesAndText) {
  EXPECT_EQ(detect_import_input("<!DOCTYPE html><html>"), ImportInput::Html);
  EXPECT_EQ(detect_import_input("\xEF\xBB\xBF\n  <html lang=ko>"), ImportInput::Html);
  EXPECT_EQ(detect_import_input("<div class=x><p>text</p></div>"), ImportInput::Html);
  EXPECT_EQ(detect_import_input("Back to Blogs\nHow to eliminate milia\n"), ImportInput::Text);
  EXPECT_EQ(detect_import_input("<b>bold</b> in a pasted line"), ImportInput::Text);
  EXPECT_EQ(detect_import_input(""), ImportInput::Text);
}

TEST(PageDates, WrittenAsPagesWriteThem) {
  EXPECT_EQ(html::normalized_date("2026.11.26"), "2026-11-26");
  EXPECT_EQ(html::normalized_date("2026. 7. 8. 9:30"), "2026-07-08");
  EXPECT_EQ(html::normalized_date("2026년 3월 5일"), "2026-03-05");
  EXPECT_EQ(html::normalized_date("2026-09-18T08:00:00+00:00"), "2026-09-18");
  EXPECT_EQ(html::normalized_date("September 18, 2026"), "2026-09-18");
  EXPECT_EQ(html::normalized_date("조회수 1,284"), "");
}

// The unseen Korean paste of issue 17: its first line is the crumb.
TEST(PlainTextImport, KoreanPasteLedByBlogListCrumbGetsItsRealTitle) {
  const char* paste =
      "블로그 목록으로\n"
      "건조한 겨울, 입술이 자꾸 트는 이유\n"
      "안녕하세요, 피부과 전문의 오세린입니다.\n"
      "입술은 피지선이 없어 쉽게 마릅니다.\n"
      "공감 3\n"
      "댓글 0\n";
  const ImportedPost post = import_plain_text(paste);
  EXPECT_EQ(post.meta.title, "건조한 겨울, 입술이 자꾸 트는 이유");
  EXPECT_EQ(post.meta.author, "오세린");
  EXPECT_FALSE(has(post.markdown, "블로그 목록으로"));
  EXPECT_FALSE(has(post.markdown, "공감 3"));
  EXPECT_TRUE(has(post.markdown, "입술은 피지선이 없어 쉽게 마릅니다."));
}

PostOutline imported_page(std::string_view page) { return outline_of(parse_post(import_html(page).markdown)); }

TEST(HtmlImport, EditorLinesAreRejoinedAndEmptyParagraphsSeparate) {
  const std::string markdown = import_html(
      "<html><body><div class=se-main-container>"
      "<p><span>비립종은 눈가에 잘 생기는</span></p><p><span>작은 알갱이입니다.</span></p>"
      "<p><span>\xE2\x80\x8B</span></p><p><span>손으로 짜면 흉터가 남을 수 있습니다.</span></p>"
      "</div></body></html>").markdown;
  EXPECT_TRUE(has(markdown, "비립종은 눈가에 잘 생기는 작은 알갱이입니다.\n\n손으로 짜면")) << markdown;
}

TEST(HtmlImport, UnsafeLinksKeepTheirTextOnly) {
  const std::string markdown = import_html(
      "<article><p>Please <a href='javascript:alert(1)'>book now</a> or <a href='JaVaScRiPt:x'>call</a>, "
      "and <a href='https://clinic.example/map'>find us</a>. This paragraph is long enough to be an article.</p>"
      "</article>").markdown;
  EXPECT_TRUE(has(markdown, "Please book now or call, and [find us](https://clinic.example/map).")) << markdown;
  EXPECT_FALSE(has(markdown, "javascript")) << markdown;
}

TEST(HtmlImport, BaseElementMakesSourcesAbsolute) {
  const std::string markdown = import_html(
      "<html><head><base href='https://clinic.example/blog/'></head><body><main>"
      "<p>An image of the treated area follows, with its description for screen readers.</p>"
      "<img src='img/after.jpg' alt='The cheek a week after treatment'></main></body></html>").markdown;
  EXPECT_TRUE(has(markdown, "![The cheek a week after treatment](https://clinic.example/blog/img/after.jpg)")) << markdown;
}

TEST(HtmlImport, EmphasisThatWouldNotReadBackIsLeftOutAndItsTextKept) {
  const std::string markdown = import_html(
      "<article><p><b>\xE2\x80\x9C비립종\xE2\x80\x9D</b>이란 피부 속에 각질이 갇혀 생기는 <b>하얀 주머니</b>입니다. "
      "설명이 조금 더 이어집니다.</p></article>").markdown;
  EXPECT_TRUE(has(markdown, "\xE2\x80\x9C비립종\xE2\x80\x9D이란")) << markdown;
  EXPECT_TRUE(has(markdown, "**하얀 주머니**입니다.")) << markdown;
}

TEST(HtmlImport, ImageWithoutAltIsKept) {
  const std::string markdown = import_html(
      "<article><p>Before and after the treatment, photographed a week apart.</p><img src='https://c.example/a.jpg'>"
      "</article>").markdown;
  EXPECT_TRUE(has(markdown, "![](https://c.example/a.jpg)")) << markdown;
}

TEST(HtmlImport, QuestionsAsHeadingsInAFaqSection) {
  const PostOutline outline = imported_page(
      "<html lang=en><head><title>Warts | Clinic</title></head><body><article><h1>Warts</h1>"
      "<p>Warts are caused by a common virus and spread by contact.</p>"
      "<h2>FAQ</h2><h3>Do warts go away on their own?</h3><p>Many do, within two years.</p>"
      "<h3>Does freezing hurt?</h3><p>A little, for a minute.</p></article></body></html>");
  EXPECT_EQ(outline.title, "Warts");
  ASSERT_EQ(outline.qa.size(), 2u);
  EXPECT_EQ(outline.qa[0].question, "Do warts go away on their own?");
  EXPECT_EQ(outline.qa[1].answer, "A little, for a minute.");
}

TEST(HtmlImport, BoldQuestionsOfAFaqBlockAreQuestions) {
  const PostOutline outline = imported_page(
      "<html lang=en><body><article><h1>Rosacea</h1><p>Rosacea is a common condition of the facial skin.</p>"
      "<h2>FAQ</h2><div class='schema-faq'><div class='schema-faq-section'><strong class='schema-faq-question'>"
      "Is rosacea contagious?</strong> <p class='schema-faq-answer'>No, it cannot be passed on.</p></div>"
      "<div class='schema-faq-section'><strong class='schema-faq-question'>Does it go away?</strong> "
      "<p class='schema-faq-answer'>It comes and goes, and treatment keeps it calm.</p></div></div>"
      "<h2>Living with it</h2><p><strong>Why does it flare in summer?</strong></p><p>Heat widens the vessels.</p>"
      "</article></body></html>");
  ASSERT_EQ(outline.qa.size(), 2u);
  EXPECT_EQ(outline.qa[0].question, "Is rosacea contagious?");
  EXPECT_EQ(outline.qa[1].answer, "It comes and goes, and treatment keeps it calm.");
}

TEST(HtmlImport, BoardTableGivesItsRecordToTheFrontMatterAndItsCellToTheBody) {
  const ImportedPost post = import_html(
      "<html><head><title>피부과</title></head><body><div id=menu><a href=/>홈</a></div>"
      "<table class='board_view'><tr><th>제목</th><td>여드름 흉터 관리</td></tr>"
      "<tr><th>작성자</th><td>관리자</td><th>작성일</th><td>2026-02-03</td></tr><tr><th>조회</th><td>52</td></tr>"
      "<tr><td colspan=4><p>여드름 흉터는 생기기 전에 막는 것이 가장 좋습니다.</p>"
      "<p>염증이 생긴 여드름은 손대지 말고 빨리 치료하세요.</p></td></tr></table></body></html>");
  EXPECT_EQ(post.meta.title, "여드름 흉터 관리");
  EXPECT_EQ(post.meta.date, "2026-02-03");
  EXPECT_EQ(post.meta.author, "");
  EXPECT_TRUE(has(post.markdown, "여드름 흉터는 생기기 전에 막는 것이 가장 좋습니다.\n\n염증이 생긴")) << post.markdown;
  for (const char* chrome : {"작성자", "관리자", "조회", "52", "| ---", "홈"}) EXPECT_FALSE(has(post.markdown, chrome)) << chrome;
}

TEST(HtmlImport, SectionHeadersKeepTheirHeadingsAndDropTheirBylines) {
  const std::string markdown = import_html(
      "<html lang=en><body><header><h1>Clinic</h1><nav>Home</nav></header><article><header><h1>Moles</h1>"
      "<p>By the clinic team, May 2026</p></header><p>Most moles are harmless, but some need a closer look.</p>"
      "<section><header><h2>When to see us</h2></header><p>See us when a mole changes size or colour.</p></section>"
      "</article></body></html>").markdown;
  EXPECT_TRUE(has(markdown, "title: Moles\n")) << markdown;
  EXPECT_TRUE(has(markdown, "## When to see us")) << markdown;
  EXPECT_FALSE(has(markdown, "By the clinic team")) << markdown;
  EXPECT_FALSE(has(markdown, "Clinic\n")) << markdown;
}

TEST(HtmlImport, EmojiDrawnAsImagesStayCharactersOfTheirLine) {
  const std::string markdown = import_html(
      "<html lang=en><body><div class='entry-content'><p>Milia are small white bumps that many people have.</p>"
      "<h2><img class='emoji' alt='\xF0\x9F\x92\xA1' src='https://s.w.example/1f4a1.svg'> What are milia?</h2>"
      "<p>Keratin trapped under the skin.</p></div></body></html>").markdown;
  EXPECT_TRUE(has(markdown, "\n## \xF0\x9F\x92\xA1 What are milia?\n")) << markdown;
  EXPECT_FALSE(has(markdown, "svg")) << markdown;
}

TEST(HtmlImport, AnEmptySpacerParagraphDoesNotMakeParagraphsLines) {
  const std::string markdown = import_html(
      "<article><p>Rosacea is a long-lasting condition of the facial skin that usually starts after thirty with "
      "flushing that comes and goes</p><p>&nbsp;</p><p>Most people find their own triggers with a simple diary kept "
      "for two weeks, and avoid them</p></article>").markdown;
  EXPECT_TRUE(has(markdown, "comes and goes\n\nMost people")) << markdown;
}

TEST(HtmlImport, TagsAreKeywordsThatReadBackAsWritten) {
  const ImportedPost post = import_html(
      "<article><p>Rosacea is a long-lasting condition of the facial skin, with flushing.</p>"
      "<ul class='tags'><li>#rosacea</li><li>CO2: laser</li><li>say \"hi\", then [x]</li>"
      "<li>a tag that is far too long to be any keyword at all, really</li></ul></article>");
  EXPECT_EQ(post.meta.tags, (std::vector<std::string>{"rosacea", "CO2: laser"}));
  const FrontMatter read = read_front_matter(post.markdown);
  EXPECT_EQ(read.meta.tags, post.meta.tags) << post.markdown;
}

TEST(HtmlImport, MalformedMarkupLosesNoText) {
  const std::string markdown = import_html(
      "<body><article><div><p>First <b>bold <i>both</b> italic</i> end.<p>Second</div></span></td>"
      "<table><tr><td>cell text that is long enough to be read as the article itself<td>second cell</table>"
      "<p>Unclosed <a href='/x'>link").markdown;
  for (const char* piece : {"First", "bold", "both", "italic", "end.", "Second", "cell text", "second cell", "Unclosed", "link"}) {
    EXPECT_TRUE(has(markdown, piece)) << piece << "\n" << markdown;
  }
}

TEST(HtmlImport, DeeplyNestedPagesNeitherCrashNorLoseTheirText) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "<p>The deepest paragraph of this page still holds the post's text.</p>";
  const std::string markdown = import_html(page).markdown;
  EXPECT_TRUE(has(markdown, "The deepest paragraph of this page still holds the post's text.")) << markdown.size();
}

TEST(NestingLimit, RealPagesComeBackUnchanged) {
  size_t pages = 0;
  for (const auto& entry : std::filesystem::directory_iterator(CLINIC_READER_SOURCE_DIR "/tests/import/pages")) {
    if (entry.path().extension() != ".html") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(html::with_bounded_nesting(page, html::kMaxTreeDepth), page) << entry.path();
    ++pages;
  }
  EXPECT_GE(pages, 4u);
}

TEST(NestingLimit, TagsBeyondTheDepthGoTheirTextStays) {
  EXPECT_EQ(html::with_bounded_nesting("<div><div><span>a</span></div><p>b<br>c</div>", 1), "<div>a<p>b<br>c</div>");
  EXPECT_EQ(html::with_bounded_nesting("<div><script>if (a<b) x('<div>')</script><div>t</div></div>", 1),
            "<div><script>if (a<b) x('<div>')</script>t</div>");
  EXPECT_EQ(html::with_bounded_nesting("<div title='a>b'><i>x</i> 1 < 2 <!-- <div> --></div>", 1),
            "<div title='a>b'>x 1 < 2 <!-- <div> --></div>");
}

TEST(HtmlImport, PageWithoutTextGivesAnEmptyBody) {
  const ImportedPost post = import_html("<html><head><title></title></head><body><nav>Home</nav></body></html>");
  EXPECT_EQ(post.markdown.find_first_not_of("-\nlang: en"), std::string::npos) << post.markdown;
}

}  // namespace
}  // namespace clinic

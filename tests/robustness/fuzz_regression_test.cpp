// Inputs the fuzz targets (tests/fuzz) found to break a promise, kept once fixed.
#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

// md4c 0.5.3 left a link twice here (md4c issue #294); the model builder
// popped one node more than it had pushed and read before its stack.
TEST(FuzzRegression, OverlappingLinksAndEmphasisLeaveALinkTwice) {
  const Rendered r = render_everything("[foo *[bar [baz](/*[bar)](/uri)uri)](/uri)*](/uri)\n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<p>[foo <em>[bar <a href=\"/*%5Bbar\">baz</a>uri)](/uri)</em>](/uri)</p>\n");
}

// ...and here md4c leaves a link it never entered, after two nested images.
TEST(FuzzRegression, NestedImagesAreFollowedByALinkNeverEntered) {
  const Rendered r = render_everything(
      "![outer ![inner](img_inner \"inner title\")](img_oute![outle\")](img_outeritle\")](img_outer \"outer \"outer "
      "title\")\n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain,
            "<p><img src=\"img_oute!%5Boutle%22\" alt=\"outer inner\">](img_outer &quot;outer &quot;outer "
            "title&quot;)</p>\n");
}

// A reference whose title spans two lines is decoded into the pool at every
// use: md4c's cap on repeated references (16 times the input) bounds the pool
// and the HTML, not a fixed multiple of the source the first checks assumed.
TEST(FuzzRegression, RepeatedReferenceWithMultiLineTitleStaysWithinMd4csCap) {
  const std::string title = std::string(1000, '"') + "\n" + std::string(1000, '"');
  const Rendered r = render_everything("[x]: /u&amp;rl '" + title + "'\n\n" + repeated("[x] ", 2000));
  expect_well_formed(r);
  const size_t links = count_of(r.plain, "<a href=\"/u&amp;rl\"");
  EXPECT_GT(links, 0u);
  EXPECT_LT(links, 100u);  // the rest stay text once md4c's budget is spent
  EXPECT_EQ(links + count_of(r.plain, "[x]"), 2000u);
  EXPECT_LE(r.plain_post.pool.size(), 17 * r.plain_post.source.size());
}

// Two runs of lines led by different emoji were one list whose shared bullet
// was cut from the second run's lines, mid-sequence (fixed in 3743862).
TEST(FuzzRegression, AdjacentEmojiListsKeepWholeCharacters) {
  const Rendered r = render_everything("# T\n\nIntro.\n⏰ 10 minutes\n⏰ twice a week\n💬 ask us\n💬 call us\n");
  expect_well_formed(r);
  EXPECT_NE(r.article.find("ask us"), std::string::npos);
}

// md4c 0.5.3 enters the second list's block while an image it opened inside
// a link is still open: the model had a block inside an inline. Entering a
// block now closes the spans md4c left open.
TEST(FuzzRegression, ABlockEnteredWhileASpanIsStillOpen) {
  const Rendered r = render_everything("* [![]([]()]())\n\t* ");
  expect_well_formed(r);
  EXPECT_EQ(count_of(r.plain, "<ul>"), count_of(r.plain, "</ul>"));
}

// A line whose text came from the pool (a decoded entity) was recognised
// through a view of the pool, which a section id added to the pool then moved
// (use after free). Lines from the pool are copied now.
TEST(FuzzRegression, RecognisedLinesDoNotViewThePool) {
  const Rendered r = render_everything("\xF0\x9F\x93\x8CTodays Summary\n&fourIfernt2ialD;");
  expect_well_formed(r);
  EXPECT_NE(r.article.find("&amp;fourIfernt2ialD;"), std::string::npos);
}

}  // namespace
}  // namespace clinic::robustness

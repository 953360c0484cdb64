#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/anchor_ids.h"
#include "core/html_render.h"
#include "core/parse_post.h"
#include "core/plain_text.h"
#include "recognition_test_support.h"

namespace clinic {
namespace {

using testing::outline;
using testing::section_kinds;

TEST(SectionRecognition, MarkdownHeadingsStartSectionsWithKinds) {
  const auto o = outline("# T\n\nIntro.\n\n## 💡 What is it?\n\nText.\n\n## FAQ\n\nQ1. Hm?\n👉 Yes.\n\n## Summary\n\n- A\n- B\n");
  EXPECT_EQ(o.title, "T");
  EXPECT_EQ(section_kinds(o), (std::vector<SectionKind>{SectionKind::Text, SectionKind::Qa, SectionKind::Summary}));
  EXPECT_EQ(o.sections[0].heading, "💡 What is it?");
  EXPECT_EQ(o.sections[0].id, "what-is-it");
}

TEST(SectionRecognition, EmojiLedLinesActAsSectionTitlesInPastedPosts) {
  const auto o = outline("Intro line.\nMore intro.\n💡 What are milia?\n\nMilia are small.\n❓ Why do they occur?\nBecause.\n");
  ASSERT_EQ(o.sections.size(), 2u);
  EXPECT_EQ(o.sections[0].heading, "💡 What are milia?");
  EXPECT_EQ(o.sections[1].heading, "❓ Why do they occur?");
}

TEST(SectionRecognition, EmojiLedSentencesAreNotTitles) {
  const auto o = outline("# T\n\nProse.\n⚠️ Never squeeze them at home!\n💡 Tip: wash twice a day.\n");
  EXPECT_TRUE(o.sections.empty());
}

TEST(SectionRecognition, SameEmojiLinesActAsAList) {
  const Post post = parse_post("# T\n\n🧴 Prevention\n\n🧴Cleanse twice a day\n🧴Moisturise\n🧴Exfoliate gently\n");
  uint32_t list = 0;
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    if (post.nodes[i].kind == NodeKind::List) list = i;
  }
  ASSERT_NE(list, 0u);
  EXPECT_EQ(post.str(post.nodes[list].text), "🧴");
  std::vector<std::string> items;
  for (uint32_t c = list + 1; c < post.nodes[list].end; c = post.nodes[c].end) items.push_back(plain_text(post, c));
  EXPECT_EQ(items, (std::vector<std::string>{"Cleanse twice a day", "Moisturise", "Exfoliate gently"}));
  const auto o = outline_of(post);
  ASSERT_EQ(o.sections.size(), 1u);
  EXPECT_EQ(o.sections[0].heading, "🧴 Prevention");
}

TEST(SectionRecognition, AdjacentRunsOfDifferentEmojiAreTwoLists) {
  const Post post = parse_post("# T\n\nIntro.\n⏰ 10 minutes\n⏰ twice a week\n💬 ask us\n💬 call us\n");
  std::vector<std::string> bullets;
  std::vector<std::string> items;
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    if (post.nodes[i].kind == NodeKind::List) bullets.emplace_back(post.str(post.nodes[i].text));
    if (post.nodes[i].kind == NodeKind::ListItem) items.push_back(plain_text(post, i));
  }
  EXPECT_EQ(bullets, (std::vector<std::string>{"⏰", "💬"}));
  EXPECT_EQ(items, (std::vector<std::string>{"10 minutes", "twice a week", "ask us", "call us"}));
}

TEST(SectionRecognition, MarkdownListWithSharedEmojiGetsAnEmojiBullet) {
  const Post post = parse_post("## 예방법\n\n- 🧴 세안\n- 🧴 보습\n");
  bool found = false;
  for (const Node& n : post.nodes) {
    if (n.kind == NodeKind::List) {
      EXPECT_EQ(post.str(n.text), "🧴");
      found = true;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_NE(plain_text(post, 0).find("세안"), std::string::npos);
  EXPECT_EQ(plain_text(post, 0).find("🧴 세안"), std::string::npos);
}

TEST(SectionRecognition, TitleSkipsScrapeDebris) {
  const auto o = outline("Back to Blogs\nHow to treat warts\n\nHello.\n");
  EXPECT_EQ(o.title, "How to treat warts");
  const Post post = parse_post("Back to Blogs\nHow to treat warts\n\nHello.\n");
  EXPECT_EQ(plain_text(post, 0), "Hello.");
}

TEST(SectionRecognition, TitleFallsBackToFirstH1ThenFirstLine) {
  EXPECT_EQ(outline("# Heading title\n\nText.\n").title, "Heading title");
  EXPECT_EQ(outline("First line here\nsecond line\n").title, "First line here");
  EXPECT_EQ(outline("---\ntitle: From front matter\n---\n# Other\n").title, "From front matter");
}

// A pasted post that is one long paragraph has no title line: the fallback
// takes a first line only when it is title-sized, and the text stays the body's.
TEST(SectionRecognition, AFirstLineLongerThanATitleIsNotTheTitle) {
  const std::string sentence = "Milia are small white bumps that appear around the eyes and cheeks. ";
  std::string line;
  while (line.size() < 400) line += sentence;
  const auto o = outline(line + "\nSecond line.\n");
  EXPECT_EQ(o.title, "");
  const Post post = parse_post(line + "\nSecond line.\n");
  EXPECT_NE(render_article_html(post).find("Milia are small white bumps"), std::string::npos);
  // A title-sized first line is still taken, in Korean as in English.
  EXPECT_EQ(outline("비립종 없애는 방법: 원인과 치료, 그리고 집에서 하는 관리까지\n본문입니다.\n").title,
            "비립종 없애는 방법: 원인과 치료, 그리고 집에서 하는 관리까지");
}

TEST(SectionRecognition, FrontMatterTitleRemovesTheSameH1FromTheBody) {
  const Post post = parse_post("---\ntitle: Same\n---\n# Same\n\nBody.\n");
  EXPECT_EQ(plain_text(post, 0), "Body.");
}

TEST(SectionRecognition, LanguageIsDetectedWhenNotGiven) {
  EXPECT_EQ(outline("비립종은 작은 알갱이입니다. Milia.\n").lang, "ko");
  EXPECT_EQ(outline("Milia are small bumps. 비립종.\n").lang, "en");
  EXPECT_EQ(outline("---\nlang: ja\n---\n비립종\n").lang, "ja");
}

TEST(SectionRecognition, NothingIsLostFromAPastedPost) {
  const std::string text = "Title\n\nLine one.\n💡 Heading\nLine two.\n🧴a\n🧴b\n💬 Q&A\nQ1. Q?\n👉 A.\n📌 Summary\n1️⃣ C.\nBye.\n";
  const Post post = parse_post(text);
  const std::string all = plain_text(post, 0);
  for (const char* piece : {"Line one.", "💡 Heading", "Line two.", "a", "b", "Q?", "A.", "C.", "Bye."}) {
    EXPECT_NE(all.find(piece), std::string::npos) << piece;
  }
}

TEST(SectionRecognition, QaHeadingBelowADeeperSectionStillStartsItsOwnSection) {
  const auto o = outline("Intro.\n\n# Other\n\nText.\n\n## ❓ FAQ\n\n**Q. One?**\nA. Yes.\n");
  ASSERT_EQ(o.sections.size(), 2u);
  EXPECT_EQ(o.sections[1].kind, SectionKind::Qa);
  ASSERT_EQ(o.qa.size(), 1u);
  EXPECT_EQ(o.qa[0].question, "One?");
  EXPECT_EQ(o.qa[0].answer, "Yes.");
}

// A pasted line's leading emoji may sit inside emphasis, and prose lines
// around it start with letters: the paragraph is still looked at line by line.
TEST(SectionRecognition, EmojiLinesInsideEmphasisStillAct) {
  const std::string html = render_article_html(parse_post(
      "---\ntitle: T\n---\n\nIntro line one.\n**💡 What are milia**\nThey are small.\n\n"
      "More prose here.\n_🧴 Cleanse_\n_🧴 Moisturise_\n\nPlain prose,\nover two lines.\n"));
  EXPECT_NE(html.find("<p>Intro line one.</p>\n<section class=\"post-section\" aria-labelledby=\"what-are-milia\">\n"
                      "<h2 id=\"what-are-milia\"><strong>💡 What are milia</strong></h2>\n<p>They are small.</p>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<ul class=\"emoji-bullets\">\n<li><span class=\"bullet\" aria-hidden=\"true\">🧴</span> "
                      "<em>Cleanse</em></li>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<p>Plain prose,\nover two lines.</p>"), std::string::npos) << html;
}

TEST(AnchorIds, AreReadableUniqueAndNeverQuestionIds) {
  AnchorIds ids;
  EXPECT_EQ(ids.make("💡 What are milia?"), "what-are-milia");
  EXPECT_EQ(ids.make("What are milia"), "what-are-milia-2");
  EXPECT_EQ(ids.make("비립종이란?"), "비립종이란");
  EXPECT_EQ(ids.make("Q1"), "s-q1");
  EXPECT_EQ(ids.make("💬"), "section");
}

// Thousands of sections (a long file of posts): every id is distinct, and the
// numbering is the one written out by hand here.
TEST(AnchorIds, StayUniqueOverManyHeadingsAndClashes) {
  AnchorIds ids;
  std::set<std::string> seen;
  for (int i = 0; i < 3000; ++i) {
    const std::string id(ids.make("Part " + std::to_string(i)));
    EXPECT_EQ(id, "part-" + std::to_string(i));
    EXPECT_TRUE(seen.insert(id).second) << id;
  }
  // "Part 7" again clashes with part-7; "-2" is free.
  EXPECT_EQ(ids.make("Part 7"), "part-7-2");
  for (int i = 0; i < 500; ++i) {
    const std::string id(ids.make("Intro"));
    EXPECT_EQ(id, i == 0 ? std::string("intro") : "intro-" + std::to_string(i + 1));
    EXPECT_TRUE(seen.insert(id).second) << id;
  }
  // A heading that reads like a number already given takes the next free one.
  EXPECT_EQ(ids.make("Intro 2"), "intro-2-2");
  EXPECT_EQ(ids.make("Intro"), "intro-501");
}

}  // namespace
}  // namespace clinic

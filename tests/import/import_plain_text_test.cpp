// The importer's rules, one behaviour at a time, on small posts written here.
#include "import_test_support.h"

namespace clinic {
namespace {

using testing::Strings;

std::string body_of(std::string_view text) {
  const std::string markdown = import_plain_text(text).markdown;
  const size_t fence = markdown.find("\n---\n");
  return fence == std::string::npos ? markdown : markdown.substr(fence + 5);
}

TEST(ImportPlainText, TitleIsTheFirstLineAfterTheCrumbs) {
  const ImportedPost p = import_plain_text("Back to Blogs\n목록으로\n\nWarts on the feet\nThey spread easily.\n");
  EXPECT_EQ(p.meta.title, "Warts on the feet");
  EXPECT_EQ(body_of("Back to Blogs\nWarts on the feet\nThey spread easily.\n"), "\nThey spread easily.\n");
}

TEST(ImportPlainText, APageHeaderGivesItsTitleAndDateAndLeavesTheRest) {
  // As a Korean blog page pastes: crumb, the blog's name, the title, a date line, a counter.
  const ImportedPost p = import_plain_text(
      "블로그 목록으로\n맑은피부과 공식 블로그\n여드름 흉터, 레이저로 좋아질 수 있을까요?\n"
      "맑은피부과 | 2026. 4. 2. 15:30\n조회 128\n안녕하세요. 맑은피부과 원장 박서연입니다.\n"
      "흉터가 남아 고민하시는 분들이 많습니다.\n");
  EXPECT_EQ(p.meta.title, "여드름 흉터, 레이저로 좋아질 수 있을까요?");
  EXPECT_EQ(p.meta.date, "2026-04-02");
  EXPECT_EQ(p.meta.author, "박서연");
  for (const char* gone : {"공식 블로그", "조회", "15:30", "목록으로"}) EXPECT_EQ(p.markdown.find(gone), std::string::npos) << gone;
  EXPECT_NE(p.markdown.find("흉터가 남아 고민하시는 분들이 많습니다."), std::string::npos);
}

TEST(ImportPlainText, ADateAboveTheTitleIsTheDateOnlyWhenItIsNothingElse) {
  const ImportedPost dated = import_plain_text("2026. 4. 2.\n2026년 여름 휴진 안내\n\n7월 1일부터 휴진합니다.\n");
  EXPECT_EQ(dated.meta.title, "2026년 여름 휴진 안내");
  EXPECT_EQ(dated.meta.date, "2026-04-02");
  const ImportedPost titled = import_plain_text("2026년 4월 2일 진료 안내\n\n오후 진료는 쉽니다.\n");
  EXPECT_EQ(titled.meta.title, "2026년 4월 2일 진료 안내");
}

TEST(ImportPlainText, NoTitleWhenThePostOpensWithItsGreeting) {
  const ImportedPost p = import_plain_text("Hello.\nThis is Director Park Ji-min.\nToday: sunscreen.\n");
  EXPECT_EQ(p.meta.title, "");
  EXPECT_EQ(p.meta.author, "Park Ji-min");
  EXPECT_EQ(p.markdown.substr(0, 4), "---\n");
  EXPECT_NE(p.markdown.find("\n\nHello.\nThis is Director Park Ji-min.\n\nToday: sunscreen.\n"), std::string::npos);
}

TEST(ImportPlainText, TitleWithCharactersTheFrontMatterWouldMisreadIsQuoted) {
  const ImportedPost p = import_plain_text("\"Milia\" #1: what to do\ntext.\n");
  EXPECT_NE(p.markdown.find("title: \"\\\"Milia\\\" #1: what to do\"\n"), std::string::npos);
  EXPECT_EQ(parse_post(p.markdown).meta.title, "\"Milia\" #1: what to do");
}

TEST(ImportPlainText, LanguageIsDetected) {
  EXPECT_EQ(import_plain_text("비립종 없애는 방법\n안녕하세요.\n").meta.lang, "ko");
  EXPECT_EQ(import_plain_text("How to remove milia\nHello.\n").meta.lang, "en");
  EXPECT_NE(import_plain_text("비립종 없애는 방법\n안녕하세요.\n").markdown.find("\nlang: ko\n"), std::string::npos);
}

TEST(ImportPlainText, KoreanGreetingAndSignOffFillTheByline) {
  const ImportedPost p = import_plain_text(
      "비립종 없애는 방법\n안녕하세요.\n대표원장 김하원입니다.\n오늘은 비립종 이야기입니다.\n감사합니다.\n"
      "비립종 피부과 김하원이었습니다.\n");
  EXPECT_EQ(p.meta.author, "김하원");
  EXPECT_EQ(p.meta.role, "대표원장");
  EXPECT_EQ(p.meta.clinic, "비립종 피부과");
  EXPECT_EQ(body_of("비립종 없애는 방법\n안녕하세요.\n대표원장 김하원입니다.\n오늘은 비립종 이야기입니다.\n감사합니다.\n"
                    "비립종 피부과 김하원이었습니다.\n"),
            "\n안녕하세요.\n대표원장 김하원입니다.\n\n오늘은 비립종 이야기입니다.\n\n감사합니다.\n"
            "비립종 피부과 김하원이었습니다.\n");
}

TEST(ImportPlainText, HardWrappedLinesJoinUntilTheSentenceEnds) {
  EXPECT_EQ(body_of("T\nMilia are small, firm bumps that appear\non the surface of the skin,\nbenign lesions.\n"
                    "They are white.\n"),
            "\nMilia are small, firm bumps that appear on the surface of the skin, benign lesions.\nThey are white.\n");
  EXPECT_EQ(body_of("T\n비립종은 피부 표면에 생기는 작고 단단한\n좁쌀 모양의 병변입니다.\n"),
            "\n비립종은 피부 표면에 생기는 작고 단단한 좁쌀 모양의 병변입니다.\n");
}

TEST(ImportPlainText, BlankLinesAreKeptAsParagraphBreaksAndTrailingOnesDropped) {
  EXPECT_EQ(body_of("T\nOne.\n\n\n\nTwo.\n\n\n   \n"), "\nOne.\n\nTwo.\n");
}

TEST(ImportPlainText, EmojiLedTitleLinesBecomeHeadingsWithTheirEmoji) {
  EXPECT_EQ(body_of("T\nIntro.\n💡 What are milia?\nSmall bumps.\n"), "\nIntro.\n\n## 💡 What are milia?\n\nSmall bumps.\n");
  // A finished sentence, a wrapped sentence or a long line is not a title.
  EXPECT_EQ(body_of("T\n⚠️ Do not squeeze them at home.\n"), "\n⚠️ Do not squeeze them at home.\n");
  EXPECT_EQ(body_of("T\n⚠️ It's a big no to squeeze or\npoke them at home!\n"),
            "\n⚠️ It's a big no to squeeze or poke them at home!\n");
}

TEST(ImportPlainText, SameEmojiRunsBecomeListsWithTheBulletApart) {
  EXPECT_EQ(body_of("T\n🧴Cleansing twice a day\n🧴Gentle exfoliants\nRegular care helps.\n"),
            "\n- 🧴 Cleansing twice a day\n- 🧴 Gentle exfoliants\n\nRegular care helps.\n");
  // An item wrapped before the next item is joined; a single emoji line is no list.
  EXPECT_EQ(body_of("T\n🔹 Freezing,\nevery two weeks\n🔹 Peeling\n"),
            "\n- 🔹 Freezing, every two weeks\n- 🔹 Peeling\n");
  EXPECT_EQ(body_of("T\n🔹 Only one\n"), "\n## 🔹 Only one\n");
}

TEST(ImportPlainText, AnEmojiTitleRightAboveItsItemsIsTheirHeadingWhenSpacedUnlikeThem) {
  EXPECT_EQ(body_of("T\n🧴 Prevention of milia\n🧴Cleansing\n🧴Exfoliants\n🧴Moisturizing\n"),
            "\n## 🧴 Prevention of milia\n\n- 🧴 Cleansing\n- 🧴 Exfoliants\n- 🧴 Moisturizing\n");
  // Spaced alike, the title cannot be told from the items (the reader agrees).
  EXPECT_EQ(body_of("T\n🧴 Prevention of milia\n🧴 Cleansing\n🧴 Exfoliants\n"),
            "\n- 🧴 Prevention of milia\n- 🧴 Cleansing\n- 🧴 Exfoliants\n");
}

TEST(ImportPlainText, QuestionsInAQaSectionTakeTheQaFormat) {
  EXPECT_EQ(body_of("T\n💬 Q&A\nQ1. Does it hurt\nmuch?\n👉 Not much.\nIt stings.\nQ2. Cost?\n👉 It depends.\n"),
            "\n## 💬 Q&A\n\n**Q1. Does it hurt much?**\n👉 Not much.\nIt stings.\n\n**Q2. Cost?**\n👉 It depends.\n");
}

// The closing `**` right after `ftp://` was read as text (tests/fuzz/import_fuzzer).
TEST(ImportPlainText, AQuestionEndingInAUrlSchemeStaysOneBoldQuestion) {
  const std::string text = "T\n💬 Q&A\nQ1. Is it on ftp://\n👉 No.\n";
  EXPECT_EQ(body_of(text), "\n## 💬 Q&A\n\n**Q1. Is it on ftp:/\\/**\n👉 No.\n");
  EXPECT_EQ(testing::questions(testing::imported_outline(text)), (Strings{"Is it on ftp://"}));
}

TEST(ImportPlainText, UnmarkedQuestionsAnsweredByAPointingLineBecomeSubheadings) {
  const std::string text = "T\n💬 FAQ\n❓ Does it hurt?\n👉 Not much.\nHow long is it?\n👉 Ten minutes.\n";
  EXPECT_EQ(body_of(text), "\n## 💬 FAQ\n\n### ❓ Does it hurt?\n\n👉 Not much.\n\n### How long is it?\n\n👉 Ten minutes.\n");
  EXPECT_EQ(testing::questions(testing::imported_outline(text)), (Strings{"❓ Does it hurt?", "How long is it?"}));
}

TEST(ImportPlainText, QuestionLinesOutsideAQaSectionStayText) {
  EXPECT_EQ(body_of("T\n💡 Notes\nQ1. is a label we use.\n👉 So is this arrow.\n"),
            "\n## 💡 Notes\n\nQ1. is a label we use.\n👉 So is this arrow.\n");
  EXPECT_TRUE(testing::imported_outline("T\n💡 Notes\nQ1. Why?\n👉 Because.\n").qa.empty());
}

TEST(ImportPlainText, KeycapLinesAreOneCardPerLineThenANewParagraph) {
  const std::string text = "T\n📌 Summary\n1️⃣ First point\nwrapped.\n2️⃣ Second point.\nClosing words.\n";
  EXPECT_EQ(body_of(text), "\n## 📌 Summary\n\n1️⃣ First point wrapped.\n2️⃣ Second point.\n\nClosing words.\n");
  EXPECT_EQ(testing::imported_outline(text).summary, (Strings{"First point wrapped.", "Second point."}));
}

TEST(ImportPlainText, NumberedSummaryLinesAreEscapedAndStillCards) {
  const std::string text = "T\n요약\n1. 첫째입니다.\n2. 둘째입니다.\n";
  EXPECT_EQ(body_of(text), "\n## 요약\n\n1\\. 첫째입니다.\n2\\. 둘째입니다.\n");
  EXPECT_EQ(testing::imported_outline(text).summary, (Strings{"첫째입니다.", "둘째입니다."}));
}

TEST(ImportPlainText, LinesStartingWithMarkupCharactersStayLinesOfTheirOwn) {
  EXPECT_EQ(body_of("T\nThings to avoid\n- hot water\n- scrubbing\n=====\nNext part.\n"),
            "\nThings to avoid\n\\- hot water\n\\- scrubbing\n\n\\=====\n\nNext part.\n");
}

TEST(ImportPlainText, NothingButCrumbsKeepsThem) {
  EXPECT_EQ(import_plain_text("Back to Blogs\n").meta.title, "Back to Blogs");
  EXPECT_EQ(import_plain_text("").markdown, "---\nlang: en\n---\n");
}

}  // namespace
}  // namespace clinic

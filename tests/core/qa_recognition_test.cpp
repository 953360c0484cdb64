#include <gtest/gtest.h>

#include "recognition_test_support.h"

namespace clinic {
namespace {

using testing::answers;
using testing::outline;
using testing::questions;
using testing::Strings;

TEST(QaRecognition, SplitsQuestionsWrittenAsConsecutiveLines) {
  const auto o = outline(
      "# Laser toning\n\nIntro.\n\n## 💬 Q&A\n\n"
      "Q1. Does it hurt?\n👉 A little,\nlike a rubber band.\n"
      "Q2. How often?\n👉 Every two weeks.\n");
  EXPECT_EQ(questions(o), (Strings{"Does it hurt?", "How often?"}));
  EXPECT_EQ(answers(o), (Strings{"A little, like a rubber band.", "Every two weeks."}));
}

TEST(QaRecognition, BoldQuestionsLoseTheirMarkerButNotTheirText) {
  const auto o = outline("## 자주 묻는 질문\n\n**Q1. 아픈가요?**\n👉 거의 아프지 않습니다.\n\n**Q2) 얼마나 걸리나요?**\n답변: 10분 정도입니다.\n");
  EXPECT_EQ(questions(o), (Strings{"아픈가요?", "얼마나 걸리나요?"}));
  EXPECT_EQ(answers(o), (Strings{"거의 아프지 않습니다.", "10분 정도입니다."}));
}

TEST(QaRecognition, QuestionsAsSubHeadingsWithMultiParagraphAnswers) {
  const auto o = outline(
      "## Frequently Asked Questions\n\n### Is sunscreen needed in winter?\n\nYes.\n\nUV-A passes through clouds.\n\n"
      "### Which SPF?\n\nSPF 30 or more.\n\n## Next section\n\nText.\n");
  EXPECT_EQ(questions(o), (Strings{"Is sunscreen needed in winter?", "Which SPF?"}));
  EXPECT_EQ(answers(o), (Strings{"Yes. UV-A passes through clouds.", "SPF 30 or more."}));
  ASSERT_EQ(o.sections.size(), 2u);
  EXPECT_EQ(o.sections[0].kind, SectionKind::Qa);
  EXPECT_EQ(o.sections[1].kind, SectionKind::Text);
}

TEST(QaRecognition, AcceptsEveryMarkerSpelling) {
  const auto o = outline(
      "## FAQ\n\nQ. First?\nA. One.\n\nQ: Second?\nA: Two.\n\n질문: 세 번째?\nA) Three.\n\nQ3) Fourth?\nFour, unmarked.\n");
  EXPECT_EQ(questions(o), (Strings{"First?", "Second?", "세 번째?", "Fourth?"}));
  EXPECT_EQ(answers(o), (Strings{"One.", "Two.", "Three.", "Four, unmarked."}));
}

TEST(QaRecognition, QuestionAndAnswerInSeparateParagraphs) {
  const auto o = outline("## 질문과 답변\n\nQ1. 재발하나요?\n\n👉 드물게 재발합니다.\n\nQ2. 흉터가 남나요?\n\n거의 남지 않습니다.\n");
  EXPECT_EQ(questions(o), (Strings{"재발하나요?", "흉터가 남나요?"}));
  EXPECT_EQ(answers(o), (Strings{"드물게 재발합니다.", "거의 남지 않습니다."}));
}

TEST(QaRecognition, HardWrappedQuestionContinuesToTheQuestionMark) {
  const auto o = outline("## Q&A\n\nQ1. Can I wear makeup\nright after the treatment?\n👉 From the next day.\n");
  EXPECT_EQ(questions(o), (Strings{"Can I wear makeup right after the treatment?"}));
  EXPECT_EQ(answers(o), (Strings{"From the next day."}));
}

TEST(QaRecognition, PastedEmojiLineStartsTheQaSection) {
  const auto o = outline(
      "Some prose about treatment.\n💬 Q&A\nQ1. How many sessions?\n👉 Usually one.\nQ2. Any downtime?\n👉 A few days.\n");
  ASSERT_EQ(o.qa.size(), 2u);
  EXPECT_EQ(o.qa[1].question, "Any downtime?");
  EXPECT_EQ(o.qa[1].answer, "A few days.");
}

TEST(QaRecognition, TextBeforeTheFirstQuestionStaysOutOfTheItems) {
  const auto o = outline("## FAQ\n\nHere are the questions we hear most.\n\nQ1. Why?\n👉 Because.\n");
  EXPECT_EQ(questions(o), (Strings{"Why?"}));
  EXPECT_EQ(answers(o), (Strings{"Because."}));
}

TEST(QaRecognition, NoQuestionsOutsideAQaSection) {
  const auto o = outline(
      "# Acne scars\n\n## Treatment\n\nQ1. is a label the lab uses for the first quarter.\n👉 Book a visit.\n\n"
      "### Is it painful?\n\nA little.\n");
  EXPECT_TRUE(o.qa.empty());
}

TEST(QaRecognition, ProseMentioningFaqIsNotAQaSection) {
  const auto o = outline("# Moles\n\nOur FAQ page answers many questions. Q1 of our survey asked about moles.\n");
  EXPECT_TRUE(o.qa.empty());
  EXPECT_TRUE(o.sections.empty());
}

}  // namespace
}  // namespace clinic

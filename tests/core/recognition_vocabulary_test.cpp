// The markers and titles recognition looks for, asked directly: every spelling
// the vocabulary lists, and near misses that must not match. Lengths are
// counted by hand (Korean syllables and full-width forms are three bytes,
// 👉 four, a skin tone four, U+FE0F three).
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "core/recognition_vocabulary.h"

namespace clinic::vocabulary {
namespace {

TEST(RecognitionVocabulary, QuestionMarkers) {
  EXPECT_EQ(question_marker_length("Q1. How many?"), 4u);
  EXPECT_EQ(question_marker_length("  Q: Why?"), 5u);
  EXPECT_EQ(question_marker_length("Q12) Why?"), 5u);
  EXPECT_EQ(question_marker_length("\xEF\xBC\xB1\xEF\xBC\x9A 왜?"), 7u);  // "Ｑ： "
  EXPECT_EQ(question_marker_length("질문: 왜요?"), 8u);
  EXPECT_EQ(question_marker_length("질문2. 왜요?"), 9u);
  EXPECT_EQ(question_marker_length("질문 2. 왜요?"), 0u);  // the number follows the word
  EXPECT_EQ(question_marker_length("Question: why?"), 0u);
  EXPECT_EQ(question_marker_length("Q and A"), 0u);
  EXPECT_EQ(question_marker_length("질문이 있어요."), 0u);
  EXPECT_EQ(question_marker_length(""), 0u);
  EXPECT_EQ(question_marker_length("   "), 0u);
}

TEST(RecognitionVocabulary, AnswerMarkers) {
  EXPECT_EQ(answer_marker_length("👉 Usually once."), 5u);
  EXPECT_EQ(answer_marker_length("👉🏻 Usually once."), 9u);
  EXPECT_EQ(answer_marker_length("  ➡️ Yes."), 9u);
  EXPECT_EQ(answer_marker_length("→ Yes."), 4u);
  EXPECT_EQ(answer_marker_length("A. Yes."), 3u);
  EXPECT_EQ(answer_marker_length("A2) Yes."), 4u);
  EXPECT_EQ(answer_marker_length("답변: 네."), 8u);
  EXPECT_EQ(answer_marker_length("답) 네."), 5u);
  EXPECT_EQ(answer_marker_length("Apples are red."), 0u);
  EXPECT_EQ(answer_marker_length("답답해요."), 0u);
  EXPECT_EQ(answer_marker_length("👍 Good."), 0u);
  EXPECT_EQ(answer_marker_length("← Back"), 0u);
  EXPECT_EQ(answer_marker_length(""), 0u);
}

TEST(RecognitionVocabulary, CardMarkers) {
  EXPECT_EQ(card_marker_length("1️⃣ Milia are small."), 8u);
  EXPECT_EQ(card_marker_length("1⃣ Milia are small."), 5u);
  EXPECT_EQ(card_marker_length("🔟 Tenth."), 5u);
  EXPECT_EQ(card_marker_length(" 2. Second."), 4u);
  EXPECT_EQ(card_marker_length("10) Tenth."), 4u);
  EXPECT_EQ(card_marker_length("123. Too many digits."), 0u);
  EXPECT_EQ(card_marker_length("1.5 million people"), 0u);
  EXPECT_EQ(card_marker_length("#️⃣ Hash."), 0u);
  EXPECT_EQ(card_marker_length("🔥 Hot."), 0u);
  EXPECT_EQ(card_marker_length("First."), 0u);
  EXPECT_EQ(card_marker_length(""), 0u);
}

TEST(RecognitionVocabulary, SpecialTitles) {
  EXPECT_EQ(special_title("💬 Q&A"), SpecialTitle::Qa);
  EXPECT_EQ(special_title("Q & A"), SpecialTitle::Qa);
  EXPECT_EQ(special_title("Frequently Asked Questions about milia"), SpecialTitle::Qa);
  EXPECT_EQ(special_title("❓ 자주 묻는 질문"), SpecialTitle::Qa);
  EXPECT_EQ(special_title("Questions"), SpecialTitle::Qa);
  EXPECT_EQ(special_title("Questions to ask your doctor"), SpecialTitle::None);
  EXPECT_EQ(special_title("📌 Today's Summary"), SpecialTitle::Summary);
  EXPECT_EQ(special_title("Today\xE2\x80\x99s summary"), SpecialTitle::Summary);
  EXPECT_EQ(special_title("TL;DR"), SpecialTitle::Summary);
  EXPECT_EQ(special_title("오늘의 핵심 정리"), SpecialTitle::Summary);
  EXPECT_EQ(special_title("💡 Key points when choosing a clinic"), SpecialTitle::None);
  EXPECT_EQ(special_title("A summary of the research"), SpecialTitle::None);
  EXPECT_EQ(special_title(""), SpecialTitle::None);
  // Longer than the stack buffer special_title() starts with.
  const std::string long_faq = std::string(300, 'x') + " FAQ";
  EXPECT_EQ(special_title(long_faq), SpecialTitle::Qa);
  EXPECT_EQ(special_title(std::string(300, 'x') + " summary"), SpecialTitle::None);
}

}  // namespace
}  // namespace clinic::vocabulary

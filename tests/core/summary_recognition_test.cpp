#include <gtest/gtest.h>

#include "recognition_test_support.h"

namespace clinic {
namespace {

using testing::outline;
using testing::Strings;

TEST(SummaryRecognition, KeycapLinesBecomeCardsWithoutTheirNumbers) {
  const auto o = outline("## 📌 Today's Summary\n\n1️⃣ First point.\n2️⃣ Second point.\n🔟 Tenth point.\n");
  EXPECT_EQ(o.summary, (Strings{"First point.", "Second point.", "Tenth point."}));
}

TEST(SummaryRecognition, ListItemsBecomeCards) {
  const auto o = outline("## Key takeaways\n\n- Wear sunscreen.\n- Reapply every **two** hours.\n");
  EXPECT_EQ(o.summary, (Strings{"Wear sunscreen.", "Reapply every two hours."}));
}

TEST(SummaryRecognition, NumberedListItemsBecomeCards) {
  const auto o = outline("## 핵심 정리\n\n1. 자외선 차단제를 바르세요.\n2. 두 시간마다 덧바르세요.\n");
  EXPECT_EQ(o.summary, (Strings{"자외선 차단제를 바르세요.", "두 시간마다 덧바르세요."}));
}

TEST(SummaryRecognition, TextAfterTheCardsIsNotACard) {
  const auto o = outline("## TL;DR\n\n1️⃣ One.\n2️⃣ Two.\nThank you for reading.\n");
  EXPECT_EQ(o.summary, (Strings{"One.", "Two."}));
}

TEST(SummaryRecognition, HardWrappedCardContinues) {
  const auto o = outline("## 요약\n\n1️⃣ 비립종은 작고 단단한\n양성 병변입니다.\n2️⃣ 치료가 간단합니다.\n");
  EXPECT_EQ(o.summary, (Strings{"비립종은 작고 단단한 양성 병변입니다.", "치료가 간단합니다."}));
}

TEST(SummaryRecognition, PastedSummaryLine) {
  const auto o = outline("Some text.\n📌 오늘의 요약\n1️⃣ 하나.\n2️⃣ 둘.\n");
  EXPECT_EQ(o.summary, (Strings{"하나.", "둘."}));
}

TEST(SummaryRecognition, KeyPointsWhenChoosingIsNotASummary) {
  const auto o = outline("## 💡 Key points when choosing a clinic\n\n1. Experience.\n2. Equipment.\n");
  EXPECT_TRUE(o.summary.empty());
  ASSERT_EQ(o.sections.size(), 1u);
  EXPECT_EQ(o.sections[0].kind, SectionKind::Text);
}

TEST(SummaryRecognition, NumberedListInAnOrdinarySectionIsNotASummary) {
  const auto o = outline("## How to apply\n\n1. Clean.\n2. Apply.\n\n1️⃣ Keycap line in prose.\n");
  EXPECT_TRUE(o.summary.empty());
}

}  // namespace
}  // namespace clinic

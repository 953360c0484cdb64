#include "core/byline_reading.h"

#include <gtest/gtest.h>

namespace clinic {
namespace {

void expect_byline(const std::optional<Byline>& b, const char* author, const char* role, const char* clinic) {
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, author);
  EXPECT_EQ(b->role, role);
  EXPECT_EQ(b->clinic, clinic);
}

TEST(BylineReading, EnglishGreetingWithRoleBeforeName) {
  expect_byline(read_greeting_byline("This is Chief Director Kim Ha-won."), "Kim Ha-won", "Chief Director", "");
  expect_byline(read_greeting_byline("Hello, this is Director Park Ji-min!"), "Park Ji-min", "Director", "");
  expect_byline(read_greeting_byline("I'm Head Nurse Choi."), "Choi", "Head Nurse", "");
}

TEST(BylineReading, EnglishGreetingWithRoleAndClinicAfterName) {
  expect_byline(read_greeting_byline("I'm Dr. Lee Soo-jin, board-certified dermatologist at Bright Skin Clinic."),
                "Dr. Lee Soo-jin", "board-certified dermatologist", "Bright Skin Clinic");
  expect_byline(read_greeting_byline("This is Kim Ha-won, Chief Director of Milia Dermatology Clinic."), "Kim Ha-won",
                "Chief Director", "Milia Dermatology Clinic");
  expect_byline(read_greeting_byline("My name is Kim Ha-won."), "Kim Ha-won", "", "");
}

TEST(BylineReading, EnglishSentencesThatAreNotBylines) {
  EXPECT_FALSE(read_greeting_byline("This is Milia Clinic."));
  EXPECT_FALSE(read_greeting_byline("This is a common condition."));
  EXPECT_FALSE(read_greeting_byline("This is why we treat it early."));
  EXPECT_FALSE(read_greeting_byline("It's important to see a dermatologist."));
  EXPECT_FALSE(read_greeting_byline("Milia are small, firm, rice-like bumps."));
}

TEST(BylineReading, KoreanGreeting) {
  expect_byline(read_greeting_byline("대표원장 김하원입니다."), "김하원", "대표원장", "");
  expect_byline(read_greeting_byline("안녕하세요, 피부과 전문의 김하원입니다."), "김하원", "피부과 전문의", "");
  expect_byline(read_greeting_byline("비립종 피부과 대표원장 김하원입니다"), "김하원", "대표원장", "비립종 피부과");
  expect_byline(read_greeting_byline("미소피부과 김하원 원장입니다."), "김하원", "원장", "미소피부과");
}

TEST(BylineReading, KoreanSentencesThatAreNotBylines) {
  EXPECT_FALSE(read_greeting_byline("오늘의 주제는 비립종입니다."));
  EXPECT_FALSE(read_greeting_byline("가장 흔한 원인은 자외선입니다."));
  EXPECT_FALSE(read_greeting_byline("김하원입니다."));  // no role: too weak to tell from a noun
  EXPECT_FALSE(read_greeting_byline("정확한 진단이 필요합니다."));
}

TEST(BylineReading, SignOffs) {
  expect_byline(read_signoff_byline("This has been Kim Ha-won from the milia dermatology clinic."), "Kim Ha-won", "",
                "Milia Dermatology Clinic");
  expect_byline(read_signoff_byline("This was Park Ji-min of Gangnam Skin Clinic."), "Park Ji-min", "",
                "Gangnam Skin Clinic");
  expect_byline(read_signoff_byline("비립종 피부과 김하원이었습니다."), "김하원", "", "비립종 피부과");
  expect_byline(read_signoff_byline("지금까지 미소 피부과 대표원장 최민지였습니다."), "최민지", "대표원장", "미소 피부과");
  EXPECT_FALSE(read_signoff_byline("This has been a long post."));
  EXPECT_FALSE(read_signoff_byline("This was Kim Ha-won."));  // neither clinic nor role
  EXPECT_FALSE(read_signoff_byline("치료 효과가 좋았습니다."));
  EXPECT_FALSE(read_signoff_byline("김하원이었습니다."));
}

TEST(BylineReading, HelloAndThanksLines) {
  EXPECT_TRUE(is_hello_line("Hello."));
  EXPECT_TRUE(is_hello_line("Hi everyone!"));
  EXPECT_TRUE(is_hello_line("안녕하세요."));
  EXPECT_FALSE(is_hello_line("Hello, this is Kim Ha-won."));
  EXPECT_TRUE(is_thanks_line("Thank you for reading."));
  EXPECT_TRUE(is_thanks_line("읽어 주셔서 감사합니다."));
  EXPECT_FALSE(is_thanks_line("Thank you for choosing a specialist clinic, it matters."));
}

}  // namespace
}  // namespace clinic

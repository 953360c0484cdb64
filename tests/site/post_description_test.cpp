#include "core/post_description.h"

#include <gtest/gtest.h>

#include "core/parse_post.h"

namespace clinic {
namespace {

std::string description_of(const std::string& markdown) { return post_description(parse_post(markdown)); }

TEST(PostDescription, TheSummaryWinsCollapsedToOneLine) {
  EXPECT_EQ(description_of("---\ntitle: T\nsummary: Why  sunscreen\n---\n\nFirst sentence.\n"), "Why sunscreen");
}

TEST(PostDescription, TheFirstSentenceAfterTheGreeting) {
  EXPECT_EQ(description_of("# Milia\n\nHello.\nThis is Chief Director Kim Ha-won.\n\nMilia are small bumps. They are benign.\n"),
            "Milia are small bumps.");
  EXPECT_EQ(description_of("# 비립종\n\n안녕하세요.\n\n비립종은 작은 알갱이입니다. 양성입니다.\n"), "비립종은 작은 알갱이입니다.");
}

TEST(PostDescription, ADecimalPointDoesNotEndTheSentence) {
  EXPECT_EQ(description_of("# T\n\nThey are about 1.5 mm wide. More.\n"), "They are about 1.5 mm wide.");
}

TEST(PostDescription, ALongSentenceIsCutAtASpaceWithAnEllipsis) {
  std::string words;
  for (int i = 0; i < 60; ++i) words += "word ";
  const std::string d = description_of("# T\n\n" + words + "end.\n");
  EXPECT_EQ(d, words.substr(0, 199) + "…");  // 40 words of 5 bytes: the last space at byte 199
}

TEST(PostDescription, EmptyWithoutText) { EXPECT_EQ(description_of("# Only a title\n"), ""); }

}  // namespace
}  // namespace clinic

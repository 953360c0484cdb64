#include "core/front_matter.h"

#include <gtest/gtest.h>

namespace clinic {
namespace {

TEST(FrontMatter, ReadsKnownKeysQuotedStringsAndLists) {
  const FrontMatter fm = read_front_matter(
      "---\n"
      "title: \"Milia: what they are\"\n"
      "author: Kim Ha-won\n"
      "role: 'Chief Director'\n"
      "date: 2026-11-26\n"
      "lang: en\n"
      "tags: [milia, \"CO2 laser, fractional\", clinic]\n"
      "---\n"
      "Body\n");
  EXPECT_TRUE(fm.meta.has_front_matter);
  EXPECT_EQ(fm.meta.title, "Milia: what they are");
  EXPECT_EQ(fm.meta.author, "Kim Ha-won");
  EXPECT_EQ(fm.meta.role, "Chief Director");
  EXPECT_EQ(fm.meta.date, "2026-11-26");
  EXPECT_EQ(fm.meta.lang, "en");
  ASSERT_EQ(fm.meta.tags.size(), 3u);
  EXPECT_EQ(fm.meta.tags[1], "CO2 laser, fractional");
}

TEST(FrontMatter, BodyStartsAfterTheClosingFence) {
  const std::string text = "---\ntitle: A\n---\nBody\n";
  const FrontMatter fm = read_front_matter(text);
  EXPECT_EQ(text.substr(fm.body_offset), "Body\n");
}

TEST(FrontMatter, KeepsUnknownKeysInOrder) {
  const FrontMatter fm = read_front_matter("---\ntitle: A\nreviewer: Dr. Lee\nsource: blog\n---\n");
  ASSERT_EQ(fm.meta.fields.size(), 3u);
  EXPECT_EQ(fm.meta.fields[1].key, "reviewer");
  EXPECT_EQ(fm.meta.fields[1].value, "Dr. Lee");
  EXPECT_EQ(fm.meta.fields[2].key, "source");
}

TEST(FrontMatter, UnterminatedFrontMatterIsBodyWithAWarning) {
  const FrontMatter fm = read_front_matter("---\ntitle: A\n\nText that never closes\n");
  EXPECT_FALSE(fm.meta.has_front_matter);
  EXPECT_EQ(fm.body_offset, 0u);
  EXPECT_TRUE(fm.meta.title.empty());
  ASSERT_FALSE(fm.diagnostics.empty());
  EXPECT_NE(fm.diagnostics.back().message.find("never closed"), std::string::npos);
}

TEST(FrontMatter, NoFenceMeansNoFrontMatter) {
  const FrontMatter fm = read_front_matter("# Title\n\n---\ntitle: not front matter\n---\n");
  EXPECT_FALSE(fm.meta.has_front_matter);
  EXPECT_EQ(fm.body_offset, 0u);
}

TEST(FrontMatter, CommentsAndBlankLinesAreIgnored) {
  const FrontMatter fm = read_front_matter("---\n# a comment\n\ntitle: A # trailing comment\n---\n");
  EXPECT_EQ(fm.meta.title, "A");
  EXPECT_TRUE(fm.diagnostics.empty());
}

TEST(FrontMatter, OnlyFrontMatterLeavesAnEmptyBody) {
  const std::string text = "---\ntitle: A\n---";
  const FrontMatter fm = read_front_matter(text);
  EXPECT_TRUE(fm.meta.has_front_matter);
  EXPECT_EQ(fm.body_offset, text.size());
}

}  // namespace
}  // namespace clinic

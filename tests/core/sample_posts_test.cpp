// The two sample posts and the scraped seed: the expectations are the post's
// own sentences, typed from ../shared/seed/milia-blog-post.txt and
// ../shared/posts/milia.ko.md.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "recognition_test_support.h"

namespace clinic {
namespace {

using testing::questions;
using testing::Strings;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

const Strings kEnglishQuestions = {
    "How many treatments are needed?",
    "Will scars be left where the milia disappeared?",
    "Can I wash my face or wear makeup immediately after the procedure?",
    "How can I prevent recurrence?",
    "How do I differentiate between milia and sebaceous cysts?",
};
const Strings kEnglishCards = {
    "Milia are small, firm, benign skin lesions.",
    "They are caused by the buildup of sebum and keratin.",
    "They can be safely removed with CO2 laser and other methods.",
    "Accurate diagnosis and choosing a skilled milia dermatologist is key.",
    "Improving lifestyle habits can help prevent recurrence.",
};
const char* const kEnglishTitle = "How to eliminate the bitterness of millet grains";

void expect_english_milia(const PostOutline& o) {
  EXPECT_EQ(o.title, kEnglishTitle);
  EXPECT_EQ(o.lang, "en");
  EXPECT_EQ(questions(o), kEnglishQuestions);
  EXPECT_EQ(o.summary, kEnglishCards);
  ASSERT_EQ(o.qa.size(), 5u);
  EXPECT_EQ(o.qa[0].answer,
            "Usually, one treatment is sufficient for removal, but in cases of recurrence or multiple lesions, "
            "it may require 2-3 sessions.");
}

TEST(SamplePosts, EnglishMarkdownPost) {
  const auto o = testing::outline(read_file(CLINIC_READER_SOURCE_DIR "/assets/posts/milia.en.md"));
  expect_english_milia(o);
  EXPECT_EQ(o.author, std::optional<std::string>("Kim Ha-won"));
}

TEST(SamplePosts, ScrapedSeedTextAsIs) {
  const auto o = testing::outline(read_file(CLINIC_READER_SHARED_DIR "/seed/milia-blog-post.txt"));
  expect_english_milia(o);
  ASSERT_FALSE(o.sections.empty());
  EXPECT_EQ(o.sections[0].heading, "💡 What are milia?");
  EXPECT_EQ(o.sections.back().kind, SectionKind::Summary);
}

TEST(SamplePosts, KoreanMarkdownPost) {
  const auto o = testing::outline(read_file(CLINIC_READER_SOURCE_DIR "/assets/posts/milia.ko.md"));
  EXPECT_EQ(o.title, "비립종 없애는 방법");
  EXPECT_EQ(o.lang, "ko");
  EXPECT_EQ(questions(o), (Strings{"치료는 몇 번 받아야 하나요?", "비립종이 없어진 자리에 흉터가 남나요?",
                                   "시술 직후 세안이나 화장을 해도 되나요?", "재발을 막으려면 어떻게 해야 하나요?",
                                   "비립종과 피지낭종은 어떻게 구별하나요?"}));
  EXPECT_EQ(o.summary, (Strings{"비립종은 작고 단단한 양성 피부 병변입니다.", "피지와 각질이 쌓여서 생깁니다.",
                                "CO2 레이저 등으로 안전하게 제거할 수 있습니다.",
                                "정확한 진단과 숙련된 비립종 전문의 선택이 핵심입니다.",
                                "생활 습관을 개선하면 재발을 막는 데 도움이 됩니다."}));
  ASSERT_EQ(o.qa.size(), 5u);
  EXPECT_EQ(o.qa[2].answer, "가벼운 세안과 화장은 시술 다음 날부터 가능합니다. 단, 딱지가 앉은 부위는 문지르지 말고 "
                            "자연스럽게 떨어지도록 두세요.");
}

}  // namespace
}  // namespace clinic

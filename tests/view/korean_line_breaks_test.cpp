// Korean lines break between words (어절), as CSS's `word-break: keep-all`
// does: a line ends inside a word only when that word alone is wider than the
// line. Latin text keeps breaking at spaces, Chinese and Japanese between any
// two characters.
#include <gtest/gtest.h>

#include <sstream>

#include "core/utf8.h"
#include "view/line_breaking.h"
#include "view/styled_text.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::HeadlessView;

// Not from the samples: written for this test, with the shapes Korean posts
// have (particles after Latin words and numbers, quotes, emoji, parentheses).
constexpr const char* kUnseenKorean =
    "여드름 흉터는 염증이 가라앉은 뒤에도 피부 속 콜라겐이 제대로 회복되지 못해서 남는 자국입니다. "
    "프랙셔널 CO2레이저나 서브시전(subcision)으로 개선할 수 있으며, 보통 4~6주 간격으로 3회 이상 "
    "시술받는 것을 권해 드립니다.\n"
    "💡 시술 후 2~3일은 세안할 때 “문지르지 말고” 미지근한 물로 가볍게 헹궈 주세요. 자외선 차단제는 "
    "SPF50+ PA++++ 제품을 외출 30분 전에 바르시는 것이 좋습니다.\n"
    "궁금하신점은언제든지병원으로문의해주시면친절하게안내해드리겠습니다감사합니다.\n";

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n'; }

class KoreanLineBreaks : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }

  // Breaks each line of `text` at every width from 120 to 700 px and checks
  // each line end: at a space, or inside a word that is wider than the line.
  void expect_breaks_between_words(const std::string& text) {
    const Post post = parse_post(text);  // the glyphs these words need
    view.use_post(post);
    view.begin_frame(view_test::state_for(post, 800.0f));
    std::istringstream lines(text);
    std::string paragraph;
    int line_ends = 0;
    while (std::getline(lines, paragraph)) {
      if (paragraph.empty()) continue;
      view::StyledText styled;
      view::append_run(styled, paragraph, 0);
      for (float width = 120.0f; width <= 700.0f; width += 9.0f) {
        const view::BrokenText broken = view::break_lines(styled, view.fonts(), 17.0f, width);
        for (size_t l = 0; l + 1 < broken.lines.size(); ++l) {
          const view::TextLine& line = broken.lines[l];
          const view::TextLine& next = broken.lines[l + 1];
          const uint32_t end = broken.fragments[line.first_fragment + line.fragment_count - 1].end;
          const uint32_t begin = broken.fragments[next.first_fragment].begin;
          ++line_ends;
          bool at_space = false;
          for (uint32_t b = end; b < begin; ++b) at_space = at_space || is_space_byte(paragraph[b]);
          if (at_space) continue;
          // Inside a word: the whole word must be wider than the line.
          size_t word_begin = end, word_end = begin;
          while (word_begin > 0 && !is_space_byte(paragraph[word_begin - 1])) --word_begin;
          while (word_end < paragraph.size() && !is_space_byte(paragraph[word_end])) ++word_end;
          float word_width = 0.0f;
          const std::string_view word = std::string_view(paragraph).substr(word_begin, word_end - word_begin);
          for (size_t i = 0; i < word.size();) word_width += view::char_advance(view.fonts(), 17.0f, 0, utf8::next(word, i));
          EXPECT_GT(word_width, width) << "\"" << paragraph.substr(word_begin, end - word_begin) << "\" / \""
                                       << paragraph.substr(begin, word_end - begin) << "\" at " << width << " px";
        }
      }
      if (HasFailure()) break;
    }
    view.end_frame();
    EXPECT_GT(line_ends, 100);  // the test saw lines break
  }

  HeadlessView view;
};

TEST_F(KoreanLineBreaks, TheKoreanSampleBreaksBetweenWords) {
  expect_breaks_between_words(view_test::read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia.ko.md"));
}

TEST_F(KoreanLineBreaks, UnseenKoreanBreaksBetweenWords) { expect_breaks_between_words(kUnseenKorean); }

// The last line of kUnseenKorean has no space at all: it is cut between
// syllables rather than leaving the column.
TEST_F(KoreanLineBreaks, AWordWiderThanTheLineIsCutBetweenSyllables) {
  const std::string word = "궁금하신점은언제든지병원으로문의해주시면친절하게안내해드리겠습니다";
  const Post post = parse_post(word);
  view.use_post(post);
  view.begin_frame(view_test::state_for(post, 800.0f));
  view::StyledText styled;
  view::append_run(styled, word, 0);
  const view::BrokenText broken = view::break_lines(styled, view.fonts(), 17.0f, 150.0f);
  view.end_frame();
  ASSERT_GE(broken.lines.size(), 3u);
  for (const view::TextLine& line : broken.lines) EXPECT_LE(line.width, 150.01f);
}

// Korean words stay whole; Japanese still breaks between characters (the bundled
// Korean face holds kana, not simplified Chinese),
// English at spaces.
TEST_F(KoreanLineBreaks, OtherScriptsKeepTheirRules) {
  struct Case {
    std::string text;
    float width;
    size_t min_lines;
  };
  const Case cases[] = {
      {"日本語の文章は単語の間に空白がないので文字と文字の間で改行されます", 120.0f, 3},
  };
  for (const Case& c : cases) {
    const Post post = parse_post(c.text);
    view.use_post(post);
    view.begin_frame(view_test::state_for(post, 800.0f));
    view::StyledText styled;
    view::append_run(styled, c.text, 0);
    const view::BrokenText broken = view::break_lines(styled, view.fonts(), 17.0f, c.width);
    view.end_frame();
    EXPECT_GE(broken.lines.size(), c.min_lines) << c.text;
    for (const view::TextLine& line : broken.lines) EXPECT_LE(line.width, c.width + 0.01f) << c.text;
  }
  // English: every line end at a space.
  expect_breaks_between_words(
      "Milia are small, firm, white bumps that form when keratin is trapped under the skin's surface. "
      "They are harmless, but many patients want them removed for cosmetic reasons.\n");
}

}  // namespace
}  // namespace clinic

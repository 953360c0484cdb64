// The byline's reading time: words and Hangul syllables counted exactly, at
// the edges where a miscount of one changes the minutes shown.
#include <gtest/gtest.h>

#include <string>

#include "core/parse_post.h"
#include "core/reading_time.h"

namespace clinic {
namespace {

Post parsed(const std::string& markdown) {
  return parse_post(markdown, ParseOptions{.recognize_structure = false});
}

// `count` words of 1 to 17 letters, so that words and gaps fall at every
// position of an eight-byte word; the gaps vary: spaces, runs of them, tabs,
// form feeds, soft line breaks, paragraph breaks.
std::string words(int count) {
  static const char* const kGaps[] = {" ", "  ", "\t", " \f ", "\n", " \v", "\n\n", "   "};
  std::string text;
  for (int i = 0; i < count; ++i) {
    if (i > 0) text += kGaps[i % 8];
    text += std::string(1 + i % 17, static_cast<char>('a' + i % 26));
    if (i % 5 == 0) text += ",";  // punctuation is part of its word
  }
  return text + "\n";
}

std::string syllables(int count) {
  std::string text;
  for (int i = 0; i < count; ++i) {
    text += std::string_view("가나다라").substr((i % 4) * 3, 3);
    if (i % 7 == 6) text += " ";
  }
  return text + "\n";
}

TEST(ReadingTime, EnglishWordsCountedExactly) {
  // 230 words a minute, rounded to the nearest: 574 words 2.496 min, 575 2.5.
  EXPECT_EQ(reading_minutes(parsed(words(574))), 2);
  EXPECT_EQ(reading_minutes(parsed(words(575))), 3);
  EXPECT_EQ(reading_minutes(parsed(words(804))), 3);  // 3.496
  EXPECT_EQ(reading_minutes(parsed(words(805))), 4);  // 3.5
}

TEST(ReadingTime, HangulSyllablesAndWordsTogether) {
  // 1,000 syllables are 2 min; 115 words 0.5 more.
  EXPECT_EQ(reading_minutes(parsed(syllables(1000) + "\n" + words(114))), 2);
  EXPECT_EQ(reading_minutes(parsed(syllables(1000) + "\n" + words(115))), 3);
  // A Hangul syllable ends the word before it: "abc가def" is two words and a
  // syllable. 115 of them: 230 words and 115 syllables, 1.23 min; 292 words
  // more make 2.4996 min, 293 2.504.
  std::string glued;
  for (int i = 0; i < 115; ++i) glued += "abc가def ";
  EXPECT_EQ(reading_minutes(parsed(glued + "\n\n" + words(292))), 2);
  EXPECT_EQ(reading_minutes(parsed(glued + "\n\n" + words(293))), 3);
}

TEST(ReadingTime, BylineWordsFollowTheLanguage) {
  Post en = parse_post("---\nlang: en\n---\n\n" + words(575));
  Post ko = parse_post("---\nlang: ko\n---\n\n" + words(575));
  EXPECT_EQ(reading_time_text(en), "3 min read");
  EXPECT_EQ(reading_time_text(ko), "읽는 시간 3분");
}

}  // namespace
}  // namespace clinic

// The byline's reading time: words and Hangul syllables counted exactly, at
// the edges where a miscount of one changes the minutes shown.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

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

namespace clinic {
namespace {

// The counting rule written out plainly, a code point at a time, over text
// whose only separators are white space and syllables.
ReadingCounts counted_plainly(std::string_view text) {
  ReadingCounts counts;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const size_t length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    char32_t cp = length == 1 ? b0 : length == 2 ? b0 & 0x1F : length == 3 ? b0 & 0x0F : b0 & 0x07;
    for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    if (cp == ' ' || (cp >= '\t' && cp <= '\r')) {
      in_word = false;
    } else if (cp >= 0xAC00 && cp <= 0xD7A3) {
      ++counts.hangul_syllables;
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++counts.words;
    }
  }
  return counts;
}

TEST(ReadingTime, CountsEqualAPlainCountOnMixedText) {
  // Pieces that put every kind of character at every byte offset: ASCII,
  // the first and last syllables and their neighbours outside the block
  // (U+ABFF, U+D7A4), syllables led by EA, EB, EC and ED (가 나 씨 하 흐 힣),
  // other three-byte characters (·, 。, ꀀ), two- and four-byte ones (é, 💬),
  // control bytes that are white space (VT, FF) and that are not (01, 1F).
  const std::vector<std::string> pieces = {
      "a", "bc", "defgh", "Milia", ",", "가", "\xEA\xAF\xBF", "\xED\x9E\xA4", "\xED\x9E\xA3", "나", "씨", "하", "흐",
      "히", "\xE2\x80\xA2", "\xE3\x80\x82", "\xEA\x80\x80", "\xC3\xA9", "\xF0\x9F\x92\xAC", " ", " ", "  ", "\t",
      "\n", "\n\n", "비립종은", "\x0B", "\x0C", "\x01", "\x1F"};
  std::mt19937 random(7);
  for (int round = 0; round < 3000; ++round) {
    std::string text = "x";  // no line starts with white space (no code blocks)
    const int length = 1 + static_cast<int>(random() % 60);
    for (int k = 0; k < length; ++k) {
      const std::string& piece = pieces[random() % pieces.size()];
      if (piece[0] == '\n' || piece[0] == ' ' || piece[0] == '\t') {
        if (text.back() == '\n' || text.back() == ' ' || text.back() == '\t') continue;
      }
      text += piece;
      if (text.back() == '\n') text += "y";
    }
    const ReadingCounts expected = counted_plainly(text);
    const ReadingCounts got = reading_counts(parsed(text));
    ASSERT_EQ(got.hangul_syllables, expected.hangul_syllables) << text;
    ASSERT_EQ(got.words, expected.words) << text;
  }
}

}  // namespace
}  // namespace clinic

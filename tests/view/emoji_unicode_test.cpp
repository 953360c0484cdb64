// The emoji segmentation against an oracle it was not made from: Unicode's own
// emoji-test.txt (Debian's unicode-data, an older emoji version than the
// emoji-datasource data the table is generated from, and a superset's subset).
// Every sequence listed there, fully qualified or not, must be found whole as
// one sprite, whose key is that sequence without VS16; two sequences differing
// by more than VS16 must never share a sprite. This guards the table's packing
// (emoji_table.py front-codes the keys, emoji_segmentation.cpp unpacks them).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "view/emoji_segmentation.h"

namespace clinic {
namespace {

struct TestSequence {
  std::string text;                 // the sequence as listed, VS16 included
  std::u32string key;               // without VS16
  std::string status;               // fully-qualified, minimally-qualified, unqualified, component
};

std::vector<TestSequence> read_emoji_test(const char* path) {
  std::vector<TestSequence> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const size_t semicolon = line.find(';');
    if (line.empty() || line[0] == '#' || semicolon == std::string::npos) continue;
    TestSequence s;
    std::istringstream cps(line.substr(0, semicolon));
    std::string hex;
    while (cps >> hex) {
      const char32_t cp = char32_t(std::stoul(hex, nullptr, 16));
      utf8::append(s.text, cp);
      if (cp != 0xFE0F) s.key.push_back(cp);
    }
    std::istringstream status(line.substr(semicolon + 1, line.find('#') - semicolon - 1));
    status >> s.status;
    out.push_back(s);
  }
  return out;
}

std::u32string key_of_sprite(int sprite) {
  const std::string text = view::emoji_sequence_text(sprite);
  std::u32string key;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if (cp != 0xFE0F) key.push_back(cp);
  }
  return key;
}

TEST(EmojiUnicodeTestFile, EverySequenceUnicodeListsIsOneSpriteOfExactlyThatSequence) {
  const std::vector<TestSequence> sequences = read_emoji_test(CLINIC_READER_EMOJI_TEST_TXT);
  ASSERT_GT(sequences.size(), 4000u) << "emoji-test.txt not read: " << CLINIC_READER_EMOJI_TEST_TXT;
  std::map<std::u32string, int> sprite_of_key;
  size_t checked = 0;
  for (const TestSequence& s : sequences) {
    // Hair components (U+1F9B0..U+1F9B3) alone have no image in the data: they
    // are only drawn inside the ZWJ sequences that use them.
    if (s.status == "component" && s.key.size() == 1 && s.key[0] >= 0x1F9B0 && s.key[0] <= 0x1F9B3) continue;
    for (const std::string& before : {std::string(), std::string("ab "), std::string("비립종 ")}) {
      const std::string text = before + s.text + "x";
      const view::EmojiMatch m = view::match_emoji(text, before.size());
      ASSERT_GE(m.sprite, 0) << s.status << " " << s.text;
      ASSERT_EQ(m.end, before.size() + s.text.size()) << s.status << " " << s.text;
      ASSERT_EQ(key_of_sprite(m.sprite), s.key) << s.status << " " << s.text;
      const auto [known, inserted] = sprite_of_key.emplace(s.key, m.sprite);
      ASSERT_EQ(known->second, m.sprite) << "one key, two sprites: " << s.text;
    }
    ++checked;
  }
  EXPECT_GT(checked, 4700u);
  // Distinct keys, distinct sprites.
  std::map<int, std::u32string> key_of;
  for (const auto& [key, sprite] : sprite_of_key) EXPECT_TRUE(key_of.emplace(sprite, key).second) << "sprite " << sprite;
  EXPECT_LE(sprite_of_key.size(), size_t(view::emoji_sprite_count()));
}

// A text-default emoji (Emoji_Presentation=No: U+2640, U+00A9) is listed
// unqualified as one code point and fully qualified with VS16: the match says
// which of the two it saw.
TEST(EmojiUnicodeTestFile, UnqualifiedSingleCharactersAreTextDefaultAndTheirQualifiedFormsAreNot) {
  size_t seen = 0;
  for (const TestSequence& s : read_emoji_test(CLINIC_READER_EMOJI_TEST_TXT)) {
    if (s.key.size() != 1 || s.status == "component") continue;
    const view::EmojiMatch m = view::match_emoji(s.text, 0);
    ASSERT_GE(m.sprite, 0) << s.text;
    if (s.status == "unqualified") {
      EXPECT_TRUE(m.text_default) << s.text;
      ++seen;
    } else if (s.status == "fully-qualified") {
      EXPECT_FALSE(m.text_default) << s.text;
    }
  }
  EXPECT_GT(seen, 50u);
}

}  // namespace
}  // namespace clinic

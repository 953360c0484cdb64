// Emoji in the draw data: a sequence Unicode defines — a ZWJ sequence, a
// keycap, a flag, a skin tone — is one glyph (not its three or four parts),
// and nothing in tests/posts/glyphs.md (every Hangul edge, jamo, Latin-1, CJK
// punctuation, the seed's emoji and more) is left without a glyph.
#include <gtest/gtest.h>

#include "core/utf8.h"
#include "platform/native/glyph_check.h"
#include "view/emoji_segmentation.h"
#include "view/glyph_coverage.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::HeadlessView;

class EmojiGlyphs : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }

  // The glyphs the view draws for `text` set as a paragraph on its own.
  std::vector<char32_t> drawn(const std::string& text, size_t* quads = nullptr) {
    const Post post = parse_post("---\ntitle: T\nlang: en\n---\n\n" + text + "\n");
    const auto frame = view.draw(post, view_test::state_for(post, 800));
    std::vector<char32_t> out;
    size_t count = 0;
    for (const view::DrawItem& item : frame.layout.items) {
      if (item.kind != view::ItemKind::Text || item.size != frame.layout.metrics.body) continue;
      const std::string s = view_test::item_text(frame.layout, item);
      for (size_t i = 0; i < s.size();) out.push_back(utf8::next(s, i));
      count += view.glyphs_of(frame.layout, item);
      EXPECT_EQ(view.undrawn_in(frame.layout, item), std::vector<char32_t>()) << text;
    }
    if (quads) *quads = count;
    return out;
  }

  HeadlessView view;
};

TEST_F(EmojiGlyphs, ASequenceIsOneGlyph) {
  for (const char* sequence : {"💆‍♀️", "👩‍⚕️", "1️⃣", "🔟", "#️⃣", "🇰🇷", "👍🏽", "🧑🏽‍⚕️", "🏳️‍🌈", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁥󠁮󠁧󠁿"}) {
    size_t quads = 0;
    const std::vector<char32_t> glyphs = drawn(sequence, &quads);
    ASSERT_EQ(glyphs.size(), 1u) << sequence;
    EXPECT_TRUE(view::is_emoji_glyph(glyphs[0])) << sequence;
    EXPECT_EQ(quads, 1u) << sequence << ": one quad in the draw data";
  }
}

TEST_F(EmojiGlyphs, VariationSelectorsAndJoinersDrawNothingOfTheirOwn) {
  // A keycap without VS16, VS16 after a text-default emoji, a stray joiner.
  EXPECT_EQ(drawn("1⃣").size(), 1u);
  EXPECT_EQ(drawn("⚠️").size(), 1u);
  EXPECT_EQ(drawn("a\u200Db").size(), 2u);
  EXPECT_EQ(drawn("a\uFE0Fb").size(), 2u);
}

TEST_F(EmojiGlyphs, WhatUnicodeDoesNotDefineFallsApartIntoItsEmoji) {
  // 👩 ZWJ 🦷 is no emoji: woman and tooth. 🇦🇦 is no flag: A A. A lone
  // skin tone is its swatch.
  const std::vector<char32_t> person_tooth = drawn("👩‍🦷");
  ASSERT_EQ(person_tooth.size(), 2u);
  EXPECT_TRUE(view::is_emoji_glyph(person_tooth[0]) && view::is_emoji_glyph(person_tooth[1]));
  EXPECT_EQ(drawn("🇦🇦"), (std::vector<char32_t>{'A', 'A'}));
  const std::vector<char32_t> tone = drawn("🏽");
  ASSERT_EQ(tone.size(), 1u);
  EXPECT_TRUE(view::is_emoji_glyph(tone[0]));
}

TEST_F(EmojiGlyphs, TextDefaultCharactersStayTextUnlessSelected) {
  EXPECT_EQ(drawn("©"), std::vector<char32_t>{0xA9});
  const std::vector<char32_t> selected = drawn("❤️");
  ASSERT_EQ(selected.size(), 1u);
  EXPECT_TRUE(view::is_emoji_glyph(selected[0]));
}

TEST_F(EmojiGlyphs, TheGlyphTestPostDrawsCompletely) {
  const Post post =
      parse_post(view_test::read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/tests/posts/glyphs.md"));
  view.draw(post, view_test::state_for(post, 800));  // loads the chunks it needs
  const auto missing = native::missing_codepoints(post, view.glyphs());
  EXPECT_TRUE(missing.empty()) << native::describe_missing(missing);
  // It needed chunks: syllables outside KS X 1001, old jamo, emoji beyond the posts'.
  EXPECT_TRUE(view.glyphs().has_file("noto-sans-kr-regular.hangul-4.otf"));
  EXPECT_TRUE(view.glyphs().has_file("noto-sans-kr-bold.jamo.otf"));
}

// match_emoji answers most characters from a bitmap of the keys' first code
// points: it must still find every sequence the table has, and nothing in
// plain letters, digits without a keycap, or Hangul.
TEST(EmojiSegmentation, EverySequenceIsFoundFromItsOwnTextAndPlainTextIsNot) {
  for (int sprite = 0; sprite < view::emoji_sprite_count(); ++sprite) {
    const std::string text = view::emoji_sequence_text(sprite);
    const view::EmojiMatch m = view::match_emoji(text, 0);
    ASSERT_EQ(m.sprite, sprite) << text;
    ASSERT_EQ(m.end, text.size()) << text;
    const view::EmojiMatch after = view::match_emoji("ab " + text, 3);
    ASSERT_EQ(after.sprite, sprite) << text;
  }
  const std::string plain = "Hello, 123 world! 비립종 치료 ㄱㅏ 漢字 ÀÉ ½";
  for (size_t i = 0; i < plain.size();) {
    EXPECT_EQ(view::match_emoji(plain, i).sprite, -1) << "at byte " << i;
    utf8::next(plain, i);
  }
  EXPECT_GE(view::match_emoji("#\xE2\x83\xA3", 0).sprite, 0) << "a keycap starts with an ASCII character";
  EXPECT_GE(view::match_emoji("\xC2\xA9\xEF\xB8\x8F", 0).sprite, 0) << "(c) with VS16 is an emoji";
}

}  // namespace
}  // namespace clinic

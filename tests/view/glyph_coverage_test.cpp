// Glyphs: the sample posts need none the glyph files lack (emoji included),
// and the check that says so (`clinic-reader render --check-glyphs`) does see
// what is missing.
#include <gtest/gtest.h>

#include "platform/native/glyph_check.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using native::MissingCodepoint;

class GlyphCoverage : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }
  view_test::HeadlessView view;
};

TEST_F(GlyphCoverage, SamplePostsMissNoGlyph) {
  for (const char* lang : {"en", "ko"}) {
    const Post post = view_test::sample_post(lang);
    const auto missing = native::missing_codepoints(post, view.glyphs());
    EXPECT_TRUE(missing.empty()) << lang << ":\n" << native::describe_missing(missing);
  }
}

TEST_F(GlyphCoverage, EveryDrawnCharacterHasItsOwnGlyph) {
  for (const char* lang : {"en", "ko"}) {
    const Post post = view_test::sample_post(lang);
    for (float scale : {1.0f, 2.0f}) {
      view::ViewState state = view_test::state_for(post, 800, 1.0f, std::vector<uint8_t>(5, 1));
      state.device_pixel_ratio = scale;
      const auto frame = view.draw(post, state);
      for (const view::DrawItem& item : frame.layout.items) {
        if (item.kind != view::ItemKind::Text) continue;
        EXPECT_EQ(view.undrawn_in(frame.layout, item), std::vector<char32_t>())
            << lang << ": " << view_test::item_text(frame.layout, item);
      }
    }
  }
}

TEST_F(GlyphCoverage, TheCheckListsWhatNoFontHas) {
  // U+0800 (Samaritan: no font of ours has it), U+E000 (private use, drawable
  // by no font we ship), with a ZWJ and a variation selector, which need no glyph.
  const Post post = parse_post(
      "---\ntitle: Glyphs\nlang: ko\n---\n\n"
      "Plain text \xED\x95\x9C\xEA\xB8\x80 \xE0\xA0\x80\xEF\xB8\x8F and \xEE\x80\x80\xE2\x80\x8D and \xE0\xA0\x80.\n");
  const auto missing = native::missing_codepoints(post, view.glyphs());
  ASSERT_EQ(missing.size(), 2u) << native::describe_missing(missing);
  EXPECT_EQ(missing[0].cp, 0x0800u);
  EXPECT_EQ(missing[0].reason, Undrawable::NotInFonts);
  EXPECT_EQ(missing[0].count, 2u);
  EXPECT_EQ(missing[1].cp, 0xE000u);
  EXPECT_EQ(missing[1].reason, Undrawable::PrivateUse);
  const std::string listing = native::describe_missing(missing);
  EXPECT_NE(listing.find("U+0800"), std::string::npos) << listing;
  EXPECT_NE(listing.find("U+E000"), std::string::npos) << listing;
}

}  // namespace
}  // namespace clinic

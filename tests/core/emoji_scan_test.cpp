// The core's emoji scanning: what the byline, recognition and the article's
// HTML (keycaps hidden from screen readers) rely on.
#include "core/emoji_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace clinic {
namespace {

constexpr std::string_view kKeycapOne = "1\xEF\xB8\x8F\xE2\x83\xA3";  // 1️⃣

TEST(EmojiScan, LeadingEmojiLengths) {
  EXPECT_EQ(leading_emoji_length("💡 What are milia?"), 4u);
  EXPECT_EQ(leading_emoji_length("1️⃣ Milia are small"), kKeycapOne.size());
  EXPECT_EQ(leading_emoji_length("👩‍⚕️ Doctor"), std::string_view("👩‍⚕️").size());
  EXPECT_EQ(leading_emoji_length("💆‍♀️💡 two"), std::string_view("💆‍♀️💡").size());
  // Hangul, CJK and Latin start no emoji (the Hangul and CJK block is answered at once).
  EXPECT_EQ(leading_emoji_length("밀리움 💡"), 0u);
  EXPECT_EQ(leading_emoji_length("漢字"), 0u);
  EXPECT_EQ(leading_emoji_length("Milia 💡"), 0u);
  EXPECT_EQ(leading_emoji_length("12 months"), 0u);
  // Symbols just outside that block still count: ㊗ U+3297, 〰 U+3030.
  EXPECT_EQ(leading_emoji_length("㊗️ congratulations"), std::string_view("㊗️").size());
  EXPECT_EQ(leading_emoji_length("〰 wave"), std::string_view("〰").size());
}

}  // namespace
}  // namespace clinic

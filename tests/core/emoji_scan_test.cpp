// The core's emoji scanning: what the byline, recognition and the article's
// HTML (keycaps hidden from screen readers) rely on.
#include "core/emoji_scan.h"

#include <gtest/gtest.h>

#include <string>

namespace clinic {
namespace {

constexpr std::string_view kKeycapOne = "1\xEF\xB8\x8F\xE2\x83\xA3";  // 1️⃣
constexpr std::string_view kKeycapTen = "\xF0\x9F\x94\x9F";            // 🔟

TEST(EmojiScan, KeycapFoundAtEveryOffsetAfterAsciiAndHangul) {
  // The scan goes eight bytes at a time: a keycap's mark can fall anywhere in a word.
  for (size_t pad = 0; pad < 20; ++pad) {
    for (const std::string_view keycap : {kKeycapOne, kKeycapTen, std::string_view("#\xE2\x83\xA3")}) {
      const std::string ascii = std::string(pad, 'a') + std::string(keycap) + " tail";
      EXPECT_TRUE(may_contain_keycap(ascii)) << pad;
      std::string hangul;
      for (size_t k = 0; k < pad; ++k) hangul += "가";
      EXPECT_TRUE(may_contain_keycap(hangul + std::string(keycap))) << pad;  // at the very end too
    }
  }
}

TEST(EmojiScan, NoKeycapInTextWithoutOne) {
  EXPECT_FALSE(may_contain_keycap(""));
  EXPECT_FALSE(may_contain_keycap("1. A numbered line, 2024-05-01, #hashtag *star*"));
  EXPECT_FALSE(may_contain_keycap("밀리움은 작고 단단한 흰색 구진입니다. 💡 ✅ 👉"));
  EXPECT_FALSE(may_contain_keycap("near misses: \xE2\x83\xA4 \xE2\x83 \xF0\x9F\x94\x9E \xF0\x9F\x94"));  // ⃤ 🔞
  std::string long_text(1000, 'x');
  EXPECT_FALSE(may_contain_keycap(long_text));
  EXPECT_TRUE(may_contain_keycap(long_text + std::string(kKeycapOne)));
}

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

#include <gtest/gtest.h>

#include "core/html_escape.h"

namespace clinic {
namespace {

std::string text(std::string_view s) {
  HtmlOutput out(0);
  html::append_text(out, s);
  return out.take();
}
std::string attribute(std::string_view s) {
  HtmlOutput out(0);
  html::append_attribute(out, s);
  return out.take();
}
std::string url(std::string_view s) {
  HtmlOutput out(0);
  html::append_url(out, s);
  return out.take();
}

TEST(HtmlEscape, TextEscapesTheFourMarkupCharacters) {
  EXPECT_EQ(text("<script>alert(\"x\") && 'y'</script>"),
            "&lt;script&gt;alert(&quot;x&quot;) &amp;&amp; 'y'&lt;/script&gt;");
}

TEST(HtmlEscape, TextKeepsEverythingElseByteForByte) {
  EXPECT_EQ(text("피부과 🧴 1️⃣ a\tb\n"), "피부과 🧴 1️⃣ a\tb\n");
  EXPECT_EQ(text(""), "");
  EXPECT_EQ(text("&amp;"), "&amp;amp;");  // already-escaped text is text
}

// Text is scanned eight bytes at a time: a markup character must be found at
// every position of a word and at the ragged end, among any other byte values.
TEST(HtmlEscape, TextFindsMarkupCharactersAtEveryPositionOfAWord) {
  const auto by_byte = [](std::string_view s) {
    std::string out;
    for (const char c : s) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
      }
    }
    return out;
  };
  for (const char special : std::string_view("&<>\"")) {
    for (size_t length = 1; length <= 19; ++length) {
      for (size_t at = 0; at < length; ++at) {
        std::string s(length, 'a');
        s[at] = special;
        EXPECT_EQ(text(s), by_byte(s)) << "length " << length << ", at " << at;
      }
    }
  }
  // Every byte value next to every other in one run: no false hits or misses
  // from the borrow between bytes.
  std::string all;
  for (int a = 0; a < 256; ++a) {
    all += static_cast<char>(a);
    all += static_cast<char>(255 - a);
    all += static_cast<char>((a * 37) & 0xFF);
  }
  EXPECT_EQ(text(all), by_byte(all));
}

TEST(HtmlEscape, AttributeValuesCannotEndTheirQuotes) {
  EXPECT_EQ(attribute("x\" onmouseover=\"alert(1)"), "x&quot; onmouseover=&quot;alert(1)");
  EXPECT_EQ(attribute("<>&"), "&lt;&gt;&amp;");
}

TEST(HtmlEscape, UrlsKeepTheirStructureCharacters) {
  EXPECT_EQ(url("https://example.com/a-b_c.d~e/f?x=1;y=2#top"), "https://example.com/a-b_c.d~e/f?x=1;y=2#top");
  EXPECT_EQ(url("mailto:a+b@example.com"), "mailto:a+b@example.com");
  EXPECT_EQ(url("/a(b)*!,$"), "/a(b)*!,$");
}

TEST(HtmlEscape, UrlsPercentEncodeWhatCouldEndTheAttribute) {
  EXPECT_EQ(url("a\"b'c d<e>f`g"), "a%22b%27c%20d%3Ce%3Ef%60g");
  EXPECT_EQ(url("x\ty\nz"), "x%09y%0Az");
  EXPECT_EQ(url("[a]{b}|\\^"), "%5Ba%5D%7Bb%7D%7C%5C%5E");
}

TEST(HtmlEscape, UrlsEscapeAmpersandsAsEntities) { EXPECT_EQ(url("/?a=1&b=2"), "/?a=1&amp;b=2"); }

TEST(HtmlEscape, UrlsKeepExistingPercentEscapesAndEncodeUtf8) {
  EXPECT_EQ(url("/a%20b"), "/a%20b");
  EXPECT_EQ(url("/피부"), "/%ED%94%BC%EB%B6%80");
}

}  // namespace
}  // namespace clinic

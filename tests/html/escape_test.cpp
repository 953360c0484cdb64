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

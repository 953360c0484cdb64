// Bytes that are not the clean UTF-8 a post should be: the post is still read,
// what can be read is kept, and the reader is told what was replaced.
#include <random>
#include <string>

#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

using namespace std::string_literals;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

TEST(BadEncoding, InvalidUtf8IsReplacedAndTheRestKept) {
  // Latin-1 é, a lone continuation byte, an overlong '/', a UTF-16 surrogate,
  // a code point above U+10FFFF, 0xFF, and a sequence cut short by the line end.
  const std::string input =
      "# Caf\xE9 menu\n\n"
      "Milia \x80 are harmless \xC0\xAF and small \xED\xA0\x80 white \xF4\x90\x80\x80 bumps \xFF.\n"
      "비립종\xE3\x81\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(r.outline.title, "Caf\xEF\xBF\xBD menu");
  EXPECT_NE(r.plain.find("Milia \xEF\xBF\xBD are harmless \xEF\xBF\xBD\xEF\xBF\xBD and small"), std::string::npos)
      << r.plain;
  EXPECT_NE(r.plain.find(" bumps \xEF\xBF\xBD.\n비립종\xEF\xBF\xBD"), std::string::npos) << r.plain;
  EXPECT_NE(r.article.find("white"), std::string::npos);
  ASSERT_TRUE(has_diagnostic_containing(r.post, "not UTF-8"));
  EXPECT_EQ(r.post.diagnostics.front().severity, Diagnostic::Severity::Warning);
}

TEST(BadEncoding, ReplacementCharactersAlreadyThereAreNotReported) {
  const Rendered r = render_everything("A \xEF\xBF\xBD that the writer typed.\n");
  expect_well_formed(r);
  EXPECT_NE(r.plain.find("A \xEF\xBF\xBD that"), std::string::npos);
  EXPECT_TRUE(r.post.diagnostics.empty());
}

TEST(BadEncoding, NulBytesBecomeReplacementCharactersEverywhere) {
  // Front matter, heading, prose, code span, link, code block: md4c hands NULs in
  // code spans and after a NUL in code blocks over verbatim, so the core replaces them first.
  const std::string input =
      "---\ntitle: Mil\0ia\nauthor: Dr\0 Kim\n---\n"
      "## Wh\0at\n\nSmall \0 bumps `co\0de` [li\0nk](/u\0rl).\n\n```\nx\0\0y\n```\n"s;
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(r.post.meta.title, "Mil\xEF\xBF\xBDia");
  EXPECT_EQ(r.post.meta.author, "Dr\xEF\xBF\xBD Kim");
  EXPECT_NE(r.article.find("<h1>Mil\xEF\xBF\xBDia</h1>"), std::string::npos) << r.article;
  EXPECT_NE(r.plain.find("<h2>Wh\xEF\xBF\xBD" "at</h2>"), std::string::npos) << r.plain;
  EXPECT_NE(r.plain.find("Small \xEF\xBF\xBD bumps <code>co\xEF\xBF\xBD" "de</code>"), std::string::npos) << r.plain;
  EXPECT_NE(r.plain.find("li\xEF\xBF\xBDnk</a>"), std::string::npos) << r.plain;
  EXPECT_NE(r.plain.find("<pre><code>x\xEF\xBF\xBD\xEF\xBF\xBDy\n</code></pre>"), std::string::npos) << r.plain;
  EXPECT_TRUE(has_diagnostic_containing(r.post, "NUL"));
}

TEST(BadEncoding, ByteOrderMarkIsDroppedBeforeTheFrontMatter) {
  const Rendered r = render_everything("\xEF\xBB\xBF---\ntitle: Milia\nlang: en\n---\n\nMilia are small bumps.\n");
  expect_well_formed(r);
  EXPECT_TRUE(r.post.meta.has_front_matter);
  EXPECT_EQ(r.outline.title, "Milia");
  EXPECT_EQ(r.post.source.find("\xEF\xBB\xBF"), std::string::npos);
  EXPECT_NE(r.article.find("<p>Milia are small bumps.</p>"), std::string::npos) << r.article;
  EXPECT_EQ(r.post.meta.lang, "en");
  EXPECT_TRUE(r.post.diagnostics.empty());
}

TEST(BadEncoding, ByteOrderMarkBeforeAHeadingKeepsTheHeading) {
  const Rendered r = render_everything("\xEF\xBB\xBF# Milia\n\nSmall bumps.\n");
  expect_well_formed(r);
  EXPECT_EQ(r.outline.title, "Milia");
}

TEST(BadEncoding, CrlfAndLoneCrLineEndsReadAsNewlines) {
  const std::string lf = "---\ntitle: Milia\n---\n\n## 💬 Q&A\n\nQ1. Does it hurt?\nA. No.\n\nQ2. Is it safe?\nA. Yes.\n";
  std::string crlf, cr;
  for (char c : lf) {
    crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    cr += c == '\n' ? '\r' : c;
  }
  const Rendered expected = render_everything(lf);
  for (const std::string& input : {crlf, cr}) {
    const Rendered r = render_everything(input);
    expect_well_formed(r);
    EXPECT_EQ(r.post.source, lf);
    EXPECT_EQ(r.outline.title, "Milia");
    ASSERT_EQ(r.outline.qa.size(), 2u);
    EXPECT_EQ(r.outline.qa[1].question, "Is it safe?");
    EXPECT_EQ(r.article, expected.article);
    EXPECT_EQ(r.article.find('\r'), std::string::npos);
  }
}

// The scan for CR and NUL goes eight bytes at a time: one lone byte anywhere in
// a word, or in the ragged tail, is still found.
TEST(BadEncoding, ASingleCrOrNulIsFoundAtAnyPosition) {
  for (size_t length = 1; length <= 19; ++length) {
    for (size_t at = 0; at < length; ++at) {
      std::string cr(length, 'a'), nul(length, 'a');
      cr[at] = '\r';
      nul[at] = '\0';
      std::string expected_cr = cr;
      expected_cr[at] = '\n';
      EXPECT_EQ(parse_post(cr).source, expected_cr) << "length " << length << ", at " << at;
      const std::string expected_nul = std::string(at, 'a') + std::string(kReplacement) + std::string(length - at - 1, 'a');
      EXPECT_EQ(parse_post(nul).source, expected_nul) << "length " << length << ", at " << at;
    }
  }
}

TEST(BadEncoding, MixedLineEndsInOneFile) {
  const Rendered r = render_everything("# Milia\r\n\r\nOne\rtwo\nthree\r\n\r\rFour\n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<h1>Milia</h1>\n<p>One\ntwo\nthree</p>\n<p>Four</p>\n");
}

TEST(BadEncoding, BinaryGarbageStillGivesAModelAndHtml) {
  std::mt19937 random(20240501);
  std::string garbage(256 * 1024, '\0');
  for (char& c : garbage) c = static_cast<char>(random() & 0xFF);
  const Rendered r = render_everything(garbage);
  expect_well_formed(r);
  EXPECT_TRUE(has_diagnostic_containing(r.post, "not UTF-8"));
  EXPECT_TRUE(has_diagnostic_containing(r.post, "NUL"));
  // Most random bytes are not UTF-8; every one became a readable replacement.
  EXPECT_GT(count_of(r.plain, kReplacement), garbage.size() / 4);
}

TEST(BadEncoding, GarbageAfterAReadablePostKeepsThePost) {
  std::mt19937 random(7);
  std::string input = "# Milia\n\n## 💬 Q&A\n\nQ1. Does it hurt?\nA. No.\n\n";
  for (int i = 0; i < 4096; ++i) input.push_back(static_cast<char>(0x80 | (random() & 0x7F)));
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(r.outline.title, "Milia");
  ASSERT_EQ(r.outline.qa.size(), 1u);
  EXPECT_EQ(r.outline.qa[0].question, "Does it hurt?");
}

TEST(BadEncoding, UtfSixteenTextIsReadAsBytesNotRejected) {
  // A post saved as UTF-16 by an old editor: not UTF-8, so its NULs and BOM are
  // replaced, but every ASCII letter survives.
  const std::u16string text = u"\uFEFFMilia are small.";
  std::string bytes;
  for (char16_t c : text) {
    bytes.push_back(static_cast<char>(c & 0xFF));
    bytes.push_back(static_cast<char>(c >> 8));
  }
  const Rendered r = render_everything(bytes);
  expect_well_formed(r);
  std::string letters;
  for (char c : r.plain) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters.push_back(c);
  }
  EXPECT_NE(letters.find("Miliaaresmall"), std::string::npos) << r.plain;
}

}  // namespace
}  // namespace clinic::robustness

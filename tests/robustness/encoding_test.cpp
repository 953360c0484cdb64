// Bytes that are not the clean UTF-8 a post should be: the post is still read,
// what can be read is kept, and the reader is told what was replaced.
#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
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

// What well-formed means, independently of src/core/utf8.cpp: decode the bits
// without judging them, and a sequence is well-formed when encoding the code
// point again gives the same bytes (no overlong forms) and it is neither a
// surrogate nor above U+10FFFF.
std::string encoded(char32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
  } else if (cp < 0x10000) {
    out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
  } else {
    out += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
            static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
  }
  return out;
}

bool well_formed(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    const size_t len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    char32_t cp = len == 1 ? b0 : b0 & (0x7F >> len);
    for (size_t k = 1; k < len; ++k) {
      const auto b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (b & 0x3F);
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || encoded(cp) != s.substr(i, len)) return false;
    i += len;
  }
  return true;
}

// Every lead byte with every second byte, and the third and fourth bytes at the
// edges of the continuation range, alone and after seven ASCII bytes (so the
// eight-byte ASCII skip ends inside the sequence): a post is taken as it is
// exactly when it is well-formed, and otherwise something is replaced.
TEST(BadEncoding, WellFormedSequencesAreKeptAndNoOtherIs) {
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xFF};
  std::vector<std::string> inputs;
  for (unsigned b0 = 0; b0 < 256; ++b0) {
    for (unsigned b1 = 0; b1 < 256; ++b1) {
      const std::string two{static_cast<char>(b0), static_cast<char>(b1)};
      inputs.push_back(two.substr(0, 1));
      inputs.push_back(two);
      if (b0 < 0xE0) continue;
      for (unsigned char b2 : edges) {
        inputs.push_back(two + static_cast<char>(b2));
        if (b0 < 0xF0) continue;
        for (unsigned char b3 : edges) inputs.push_back(two + static_cast<char>(b2) + static_cast<char>(b3));
      }
    }
  }
  size_t checked = 0, kept = 0;
  for (const std::string& sequence : inputs) {
    for (const std::string& input : {sequence, "abcdefg" + sequence, sequence + "abcdefgh"}) {
      size_t replaced = 0;
      const std::string out = utf8::repaired(input, &replaced);
      const bool expected = well_formed(input);
      ASSERT_EQ(replaced == 0, expected) << "bytes: " << testing::PrintToString(input);
      if (expected) {
        ASSERT_EQ(out, input);
        ++kept;
      } else {
        ASSERT_TRUE(well_formed(out)) << testing::PrintToString(input);
      }
      ++checked;
    }
  }
  EXPECT_GT(kept, 3 * 20000u);  // the oracle is not refusing everything
  EXPECT_GT(checked - kept, 3 * 20000u);
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

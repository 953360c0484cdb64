// utf8::to_utf16, the form the wasm hands its answers to JavaScript in, and
// utf8::from_utf16, the form a JS string reaches it in: checked against glibc's
// iconv on every post we have and on text built around the ASCII steps, and by
// hand on malformed bytes and lone surrogates.
#include <gtest/gtest.h>
#include <iconv.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/utf8.h"

namespace clinic {
namespace {

std::u16string converted(std::string_view in) {
  std::u16string out(in.size(), u'\0');
  out.resize(utf8::to_utf16(in, out.data()));
  return out;
}

// The oracle: glibc's converter (UTF-16LE, the byte order of x86 and wasm alike).
std::u16string by_iconv(std::string_view in) {
  const iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
  EXPECT_NE(cd, reinterpret_cast<iconv_t>(-1));
  std::string input(in);
  std::u16string out(in.size() + 1, u'\0');
  char* from = input.data();
  size_t from_left = input.size();
  char* to = reinterpret_cast<char*>(out.data());
  size_t to_left = out.size() * 2;
  EXPECT_NE(iconv(cd, &from, &from_left, &to, &to_left), static_cast<size_t>(-1)) << in;
  iconv_close(cd);
  out.resize(out.size() - to_left / 2);
  return out;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Calls `check` with the path and text of every post we have; returns how many.
template <typename Check>
size_t for_each_post(Check check) {
  size_t posts = 0;
  for (const char* dir : {"assets/posts", "tests/posts"}) {
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(CLINIC_READER_SOURCE_DIR) / dir)) {
      if (entry.path().extension() != ".md") continue;
      check(entry.path(), read_file(entry.path()));
      ++posts;
    }
  }
  return posts;
}

TEST(Utf16Output, EveryPostAsIconvConvertsIt) {
  EXPECT_GE(for_each_post([](const std::filesystem::path& path, const std::string& text) {
              EXPECT_EQ(converted(text), by_iconv(text)) << path;
            }),
            10u);
}

TEST(Utf16Output, EveryWidthOfCharacterAtEveryOffsetOfTheAsciiStep) {
  // 1-, 2-, 3- and 4-byte characters (the last two units apiece), placed after
  // 0..16 ASCII bytes and followed by more: each crosses the eight-byte step.
  const std::vector<std::string> characters = {"a", "\xC3\xA9", "\xEB\xB9\x84", "\xEF\xBF\xBD", "\xE2\x80\x8D",
                                               "\xF0\x9F\x92\xAC", "\xF4\x8F\xBF\xBF", "\xC2\x80"};
  for (size_t before = 0; before <= 16; ++before) {
    for (const std::string& c : characters) {
      for (size_t after = 0; after <= 9; ++after) {
        const std::string text = std::string(before, 'x') + c + std::string(after, 'y') + c;
        ASSERT_EQ(converted(text), by_iconv(text)) << before << " " << after;
      }
    }
  }
  EXPECT_EQ(converted(""), u"");
  EXPECT_EQ(converted("\xF0\x9F\x92\xAC"), std::u16string(u"\U0001F4AC"));
  EXPECT_EQ(converted("\xF0\x9F\x92\xAC").size(), 2u);
}

TEST(Utf16Output, MalformedBytesBecomeReplacementCharacters) {
  EXPECT_EQ(converted("a\xFF" "b"), u"a\uFFFDb");
  EXPECT_EQ(converted("\xE4\xB8"), u"\uFFFD\uFFFD");             // cut short
  EXPECT_EQ(converted("\xED\xA0\x80"), u"\uFFFD\uFFFD\uFFFD");  // a surrogate
  EXPECT_EQ(converted("\xED\xBF\xBF"), u"\uFFFD\uFFFD\uFFFD");  // the last surrogate
  // Led by ED but below the surrogates: the first, 하, the last syllable, U+D7FF.
  EXPECT_EQ(converted("\xED\x80\x80\xED\x95\x98\xED\x9E\xA3\xED\x9F\xBF"), u"\uD000\uD558\uD7A3\uD7FF");
  EXPECT_EQ(converted("\xED\x95"), u"\uFFFD\uFFFD");  // cut short
  EXPECT_EQ(converted("\xC0\xAF" "abcdefgh"), u"\uFFFD\uFFFDabcdefgh");  // overlong
  EXPECT_EQ(converted("abcdefg\xF0\x9F\x92"), u"abcdefg\uFFFD\uFFFD\uFFFD");
}

std::string from_units(std::u16string_view in) {
  std::string out(in.size() * 3, '\0');
  out.resize(utf8::from_utf16(in.data(), in.size(), out.data()));
  return out;
}

TEST(Utf16Input, EveryPostBackFromIconvsUtf16) {
  EXPECT_GE(for_each_post([](const std::filesystem::path& path, const std::string& text) {
              // iconv refuses what a JS string cannot hold
              if (utf8::is_well_formed(text)) EXPECT_EQ(from_units(by_iconv(text)), text) << path;
            }),
            10u);
}

TEST(Utf16Input, EveryWidthOfCharacterAtEveryOffsetOfTheAsciiStep) {
  const std::vector<std::string> characters = {"a", "\xC3\xA9", "\xEB\xB9\x84", "\xEF\xBF\xBD", "\xE2\x80\x8D",
                                               "\xF0\x9F\x92\xAC", "\xF4\x8F\xBF\xBF", "\xC2\x80", "\x7F",
                                               "\xDF\xBF", "\xE0\xA0\x80", "\xEF\xBF\xBF", "\xF0\x90\x80\x80"};
  for (size_t before = 0; before <= 9; ++before) {
    for (const std::string& c : characters) {
      for (size_t after = 0; after <= 5; ++after) {
        const std::string text = std::string(before, 'x') + c + std::string(after, 'y') + c;
        ASSERT_EQ(from_units(by_iconv(text)), text) << before << " " << after;
      }
    }
  }
  EXPECT_EQ(from_units(u""), "");
}

// What TextEncoder writes for a surrogate that is not half of a pair: U+FFFD.
TEST(Utf16Input, LoneSurrogatesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(from_units(u"a\xD800" u"b"), "a" + fffd + "b");         // a high one alone
  EXPECT_EQ(from_units(u"a\xDC00" u"b"), "a" + fffd + "b");         // a low one alone
  EXPECT_EQ(from_units(u"abcd\xDBFF"), "abcd" + fffd);              // high, at the end
  EXPECT_EQ(from_units(u"\xDC00\xD800"), fffd + fffd);               // the pair reversed
  EXPECT_EQ(from_units(u"\xD800\xD800\xDC00"), fffd + "\xF0\x90\x80\x80");  // high, then a pair
  EXPECT_EQ(from_units(u"\xD83D\xDCAC"), "\xF0\x9F\x92\xAC");         // 💬
}

}  // namespace
}  // namespace clinic

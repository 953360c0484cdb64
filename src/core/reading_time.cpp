#include "reading_time.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "byte_words.h"
#include "utf8.h"

namespace clinic {

namespace {

static_assert(std::endian::native == std::endian::little, "the word scan below reads bytes little-endian");

// Counts as it goes over the post's text, node by node, with no copy of it:
// the whole post's plain text was as large as the post (8 MB for a long file
// of posts) and as slow to build as recognising it.
//
// A word starts at a character that is neither white space nor a Hangul
// syllable, after white space, a syllable or a block boundary ("abc가def" is
// two words and a syllable).
struct ReadingCount {
  uint32_t syllables = 0;
  uint32_t words = 0;
  bool in_word = false;

  void separator() { in_word = false; }

  void text(std::string_view s) {
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
      const auto byte = static_cast<unsigned char>(s[i]);
      if (byte == ' ') {
        // Korean prose: a space between syllables, where eight ASCII bytes
        // are never found.
        ++i;
        in_word = false;
        continue;
      }
      if (byte < 0x80) {
        // English text goes eight ASCII bytes at a time, word after word:
        // this count ran at 60 % of md4c's whole parse of the post (perf,
        // bench/wasm_bench.mjs).
        if (uint64_t word; i + 8 <= n && byte_words::all_ascii(word = byte_words::load(s.data() + i))) {
          do {
            count_ascii_word(word);
            i += 8;
          } while (i + 8 <= n && byte_words::all_ascii(word = byte_words::load(s.data() + i)));
          continue;
        }
        ++i;
        if (byte == ' ' || (byte >= '\t' && byte <= '\r')) {
          in_word = false;
          continue;
        }
      } else if (byte >= 0xEA && byte <= 0xED && i + 2 < n && is_syllable(byte, s[i + 1], s[i + 2])) {
        // Told from its bytes, not decoded (the text is well-formed UTF-8:
        // parse_post repairs it): decoding each cost as much as md4c's whole
        // parse of a Korean post. A word's syllables in one loop.
        do {
          i += 3;
          ++syllables;
        } while (i + 2 < n && static_cast<unsigned char>(s[i]) >= 0xEA && static_cast<unsigned char>(s[i]) <= 0xED &&
                 is_syllable(static_cast<unsigned char>(s[i]), s[i + 1], s[i + 2]));
        in_word = false;
        continue;
      } else {
        utf8::next(s, i);
      }
      if (!in_word) {
        in_word = true;
        ++words;
      }
    }
  }

  // Eight ASCII bytes: a word starts at a letter whose previous byte (the
  // lower one, little-endian) is a space, or at the first byte after one.
  void count_ascii_word(uint64_t word) {
    const uint64_t space = space_bytes(word);
    const uint64_t letters = ~space & byte_words::kHighs;
    const uint64_t after_space = (space << 8) | (in_word ? 0 : 0x80);
    words += std::popcount(letters & after_space);
    in_word = (letters >> 63) != 0;
  }

  // Hangul syllables are U+AC00-U+D7A3, EA B0 80 to ED 9E A3; given a lead
  // byte EA-ED and the two after it.
  static bool is_syllable(unsigned char b0, char second, char third) {
    const auto b1 = static_cast<unsigned char>(second);
    if (b0 == 0xEA) return b1 >= 0xB0;
    if (b0 == 0xED) return b1 < 0x9E || (b1 == 0x9E && static_cast<unsigned char>(third) <= 0xA3);
    return true;
  }

  // The high bit of each byte of an all-ASCII `word` that is white space
  // (' ', \t-\r): no sum below carries into the next byte, since every byte
  // is at most 0x7F.
  static uint64_t space_bytes(uint64_t word) {
    using byte_words::kHighs;
    using byte_words::kOnes;
    // Prose has no byte below the space: then the spaces are the bytes up to
    // 0x20, two operations where the full test below takes eight.
    if (const uint64_t below_space = ~(word + kOnes * (0x80 - ' ')) & kHighs; below_space == 0) {
      return ~(word + kOnes * (0x80 - ' ' - 1)) & kHighs;  // <= 0x20
    }
    const uint64_t blank = ~((word ^ (kOnes * ' ')) + kOnes * 0x7F) & kHighs;        // == 0x20
    const uint64_t from_tab = (word + kOnes * (0x80 - '\t')) & kHighs;               // >= 0x09
    const uint64_t below_cr_end = ~(word + kOnes * (0x80 - '\r' - 1)) & kHighs;      // <= 0x0D
    return blank | (from_tab & below_cr_end);
  }
};

}  // namespace

ReadingCounts reading_counts(const Post& post) {
  if (post.nodes.empty()) return {};
  // The words of plain_text(post, 0): text, with line breaks and block
  // boundaries between words.
  ReadingCount count;
  for (uint32_t i = 1; i < post.nodes[0].end; ++i) {
    const Node& n = post.nodes[i];
    if (n.kind == NodeKind::Text) count.text(post.str(n.text));
    else if (n.kind == NodeKind::SoftBreak || n.kind == NodeKind::HardBreak || is_block(n.kind)) count.separator();
  }
  return {count.syllables, count.words};
}

int reading_minutes(const Post& post) {
  const ReadingCounts counts = reading_counts(post);
  const double minutes = counts.hangul_syllables / 500.0 + counts.words / 230.0;
  return std::max(1, static_cast<int>(std::lround(minutes)));
}

std::string reading_time_text(const Post& post) {
  const bool korean = post.meta.lang.substr(0, 2) == "ko";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, korean ? "읽는 시간 %d분" : "%d min read", reading_minutes(post));
  return buffer;
}

}  // namespace clinic

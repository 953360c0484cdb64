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
struct ReadingCount {
  double syllables = 0;
  double words = 0;
  bool in_word = false;

  void separator() { in_word = false; }

  void text(std::string_view s) {
    size_t i = 0;
    while (i < s.size()) {
      // English text goes eight ASCII bytes at a time: this count ran at 60 %
      // of md4c's whole parse of the post (perf, bench/wasm_bench.mjs).
      if (i + 8 <= s.size()) {
        if (const uint64_t word = byte_words::load(s.data() + i); byte_words::all_ascii(word)) {
          const uint64_t space = space_bytes(word);
          const uint64_t letters = ~space & byte_words::kHighs;
          // A word starts at a letter whose previous byte (the lower one,
          // little-endian) is a space, or at the first byte after one.
          const uint64_t after_space = (space << 8) | (in_word ? 0 : 0x80);
          words += std::popcount(letters & after_space);
          in_word = (letters >> 63) != 0;
          i += 8;
          continue;
        }
      }
      const auto byte = static_cast<unsigned char>(s[i]);
      if (byte < 0x80) {
        ++i;
        if (is_space(byte)) {
          in_word = false;
          continue;
        }
      } else if (const char32_t cp = utf8::next(s, i); cp >= 0xAC00 && cp <= 0xD7A3) {
        ++syllables;
        in_word = false;
        continue;
      }
      if (!in_word) {
        in_word = true;
        ++words;
      }
    }
  }

  // The white space plain_text() collapses: it separates words.
  static bool is_space(unsigned char byte) { return byte == ' ' || (byte >= '\t' && byte <= '\r'); }

  // The high bit of each byte of an all-ASCII `word` that is_space(): no sum
  // below carries into the next byte, since every byte is at most 0x7F.
  static uint64_t space_bytes(uint64_t word) {
    using byte_words::kHighs;
    using byte_words::kOnes;
    const uint64_t blank = ~((word ^ (kOnes * ' ')) + kOnes * 0x7F) & kHighs;        // == 0x20
    const uint64_t from_tab = (word + kOnes * (0x80 - '\t')) & kHighs;               // >= 0x09
    const uint64_t below_cr_end = ~(word + kOnes * (0x80 - '\r' - 1)) & kHighs;      // <= 0x0D
    return blank | (from_tab & below_cr_end);
  }
};

}  // namespace

int reading_minutes(const Post& post) {
  if (post.nodes.empty()) return 1;
  // The words of plain_text(post, 0): text, with line breaks and block
  // boundaries between words.
  ReadingCount count;
  for (uint32_t i = 1; i < post.nodes[0].end; ++i) {
    const Node& n = post.nodes[i];
    if (n.kind == NodeKind::Text) count.text(post.str(n.text));
    else if (n.kind == NodeKind::SoftBreak || n.kind == NodeKind::HardBreak || is_block(n.kind)) count.separator();
  }
  const double minutes = count.syllables / 500.0 + count.words / 230.0;
  return std::max(1, static_cast<int>(std::lround(minutes)));
}

std::string reading_time_text(const Post& post) {
  const bool korean = post.meta.lang.substr(0, 2) == "ko";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, korean ? "읽는 시간 %d분" : "%d min read", reading_minutes(post));
  return buffer;
}

}  // namespace clinic

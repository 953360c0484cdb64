#include "reading_time.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "utf8.h"

namespace clinic {

namespace {

// Counts as it goes over the post's text, node by node, with no copy of it:
// the whole post's plain text was as large as the post (8 MB for a long file
// of posts) and as slow to build as recognising it.
struct ReadingCount {
  double syllables = 0;
  double words = 0;
  bool in_word = false;

  void separator() { in_word = false; }

  void text(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
      const auto byte = static_cast<unsigned char>(s[i]);
      if (byte < 0x80) {
        ++i;
        // The white space plain_text() collapses: it separates words.
        if (byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r' || byte == '\f' || byte == '\v') {
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

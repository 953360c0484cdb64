#include "reading_time.h"

#include <cmath>

#include "core/plain_text.h"
#include "core/utf8.h"

namespace clinic::view {

int reading_minutes(const Post& post) {
  if (post.nodes.empty()) return 1;
  const std::string text = plain_text(post, 0);
  double syllables = 0, words = 0;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      ++syllables;
      in_word = false;
    } else if (cp == ' ' || cp == '\n' || cp == '\t') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  const double minutes = syllables / 500.0 + words / 230.0;
  return std::max(1, static_cast<int>(std::lround(minutes)));
}

}  // namespace clinic::view

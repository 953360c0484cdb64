#include "reading_time.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "plain_text.h"
#include "utf8.h"

namespace clinic {

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

std::string reading_time_text(const Post& post) {
  const bool korean = post.meta.lang.substr(0, 2) == "ko";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, korean ? "읽는 시간 %d분" : "%d min read", reading_minutes(post));
  return buffer;
}

}  // namespace clinic

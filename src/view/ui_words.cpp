#include "ui_words.h"

#include <cstdio>

namespace clinic::view {

const UiWords& ui_words(std::string_view lang) {
  static const UiWords korean{"읽는 시간 %d분", "모두 펼치기", "모두 접기", "Q", "펼치기", "접기"};
  static const UiWords english{"%d min read", "Expand all", "Collapse all", "Q", "Show answer", "Hide answer"};
  return lang.substr(0, 2) == "ko" ? korean : english;
}

std::string reading_time_text(const UiWords& words, int minutes) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, words.reading_time, minutes);
  return buffer;
}

}  // namespace clinic::view

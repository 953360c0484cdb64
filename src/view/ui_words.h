// The widget's own words, in the post's language (Korean or English; English
// for any other language).
#pragma once

#include <string>
#include <string_view>

namespace clinic::view {

struct UiWords {
  const char* reading_time;  // printf format with one %d: minutes
  const char* expand_all;
  const char* collapse_all;
  const char* question_label;  // before a question's number: "Q"
  const char* open_hint;       // a closed question's affordance
  const char* close_hint;
};

const UiWords& ui_words(std::string_view lang);

std::string reading_time_text(const UiWords& words, int minutes);

}  // namespace clinic::view

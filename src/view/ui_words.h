// The widget's own words, in the post's language (Korean or English; English
// for any other language). The reading time's are the core's (core/reading_time.h).
#pragma once

#include <string>
#include <string_view>

namespace clinic::view {

struct UiWords {
  const char* expand_all;
  const char* collapse_all;
  const char* question_label;  // before a question's number: "Q"
  const char* open_hint;       // a closed question's affordance
  const char* close_hint;
};

const UiWords& ui_words(std::string_view lang);

}  // namespace clinic::view

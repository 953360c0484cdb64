#include "ui_words.h"

namespace clinic::view {

const UiWords& ui_words(std::string_view lang) {
  static const UiWords korean{"모두 펼치기", "모두 접기", "Q", "펼치기", "접기"};
  static const UiWords english{"Expand all", "Collapse all", "Q", "Show answer", "Hide answer"};
  return lang.substr(0, 2) == "ko" ? korean : english;
}

}  // namespace clinic::view

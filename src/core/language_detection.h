// The language of a post whose front matter does not say.
#pragma once

#include <string>
#include <string_view>

namespace clinic {

// "ko" when Hangul letters outnumber Latin ones, else "en".
std::string detect_language(std::string_view text);

}  // namespace clinic

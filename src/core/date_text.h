// Dates as pages and pasted posts write them, read as front matter's YYYY-MM-DD.
#pragma once

#include <string>
#include <string_view>

namespace clinic {

// "2026.11.26", "2026. 7. 8. 9:30", "2026-11-26T09:00:00+09:00", "2026년 11월 26일",
// "Nov 26, 2026" -> "2026-11-26"; empty when the text holds no date.
std::string normalized_date(std::string_view text);

}  // namespace clinic

#include "date_text.h"

#include <array>
#include <cstdio>

namespace clinic {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};

}  // namespace

std::string normalized_date(std::string_view text) {
  // Numbers in order: year (4 digits) then month then day, separated by
  // anything short ("-", ".", "/", "년 ", "월 ").
  const auto number_at = [&](size_t& i, size_t max_digits) {
    int value = 0;
    size_t n = 0;
    while (i < text.size() && n < max_digits && text[i] >= '0' && text[i] <= '9') value = value * 10 + (text[i++] - '0'), ++n;
    return n == 0 ? -1 : value;
  };
  const auto skip_separator = [&](size_t& i) {
    size_t skipped = 0;
    while (i < text.size() && skipped < 6 && !(text[i] >= '0' && text[i] <= '9')) ++i, ++skipped;
    return skipped > 0 && skipped < 6;
  };
  for (size_t start = 0; start + 4 <= text.size(); ++start) {
    if (!(text[start] >= '0' && text[start] <= '9') || (start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9')) continue;
    size_t i = start;
    const int year = number_at(i, 4);
    if (i - start != 4 || year < 1990 || year > 2100 || !skip_separator(i)) continue;
    const int month = number_at(i, 2);
    if (month < 1 || month > 12 || !skip_separator(i)) continue;
    const int day = number_at(i, 2);
    if (day < 1 || day > 31) continue;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, month, day);
    return out;
  }
  // "Nov 26, 2026", "November 26, 2026"
  std::string l(text);
  for (char& c : l) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (size_t m = 0; m < kMonths.size(); ++m) {
    const size_t at = l.find(kMonths[m]);
    if (at == std::string::npos) continue;
    size_t i = at;
    while (i < l.size() && l[i] >= 'a' && l[i] <= 'z') ++i;
    while (i < l.size() && l[i] == ' ') ++i;
    const int day = number_at(i, 2);
    while (i < l.size() && (l[i] == ',' || l[i] == ' ')) ++i;
    const size_t year_at = i;
    const int year = number_at(i, 4);
    if (day < 1 || day > 31 || i - year_at != 4 || year < 1990) continue;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", year, static_cast<int>(m + 1), day);
    return out;
  }
  return {};
}

}  // namespace clinic

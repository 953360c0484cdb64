#include "link_safety.h"

#include <array>
#include <string>

namespace clinic {
namespace {

// The scheme as a browser's URL parser would see it, lower-cased; empty for a
// relative URL.
std::string scheme_of(std::string_view url, std::string_view& rest) {
  size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  std::string scheme;
  for (; i < url.size(); ++i) {
    const char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;  // the URL parser strips these
    if (c == ':') {
      rest = url.substr(i + 1);
      return scheme;
    }
    const bool scheme_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char) break;
    scheme.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return {};
}

bool starts_with_ignoring_case(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace

bool is_safe_url(std::string_view url) {
  std::string_view rest;
  const std::string scheme = scheme_of(url, rest);
  if (scheme == "javascript" || scheme == "vbscript" || scheme == "file") return false;
  if (scheme == "data") {
    static constexpr std::array<std::string_view, 4> kImageTypes = {
        "image/png", "image/gif", "image/jpeg", "image/webp"};
    for (std::string_view type : kImageTypes) {
      if (starts_with_ignoring_case(rest, type) &&
          (rest.size() == type.size() || rest[type.size()] == ';' || rest[type.size()] == ',')) {
        return true;
      }
    }
    return false;
  }
  return true;
}

}  // namespace clinic

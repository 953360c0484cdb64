#include "link_safety.h"

#include <array>
#include <string_view>

namespace clinic {
namespace {

// The schemes we refuse are all this short; a longer one is none of them.
constexpr size_t kLongestScheme = 10;  // "javascript"

// The scheme as a browser's URL parser would see it, lower-cased; empty for a
// relative URL or a scheme longer than any refused. (A fixed buffer: this runs
// for every link, and a std::string grown a character at a time was a library
// call per character in WebAssembly.)
std::string_view scheme_of(std::string_view url, std::string_view& rest, std::array<char, kLongestScheme>& buffer) {
  size_t i = 0;
  while (i < url.size() && static_cast<unsigned char>(url[i]) <= 0x20) ++i;
  size_t length = 0;
  for (; i < url.size(); ++i) {
    const char c = url[i];
    if (c == '\t' || c == '\n' || c == '\r') continue;  // the URL parser strips these
    if (c == ':') {
      rest = url.substr(i + 1);
      return length <= buffer.size() ? std::string_view(buffer.data(), length) : std::string_view();
    }
    const bool scheme_char = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                             (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    if (!scheme_char) break;
    if (length < buffer.size()) buffer[length] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    ++length;
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
  std::array<char, kLongestScheme> buffer;
  const std::string_view scheme = scheme_of(url, rest, buffer);
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

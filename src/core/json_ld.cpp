#include "json_ld.h"

#include "utf8.h"

namespace clinic::html {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

size_t skip_json_space(std::string_view s, size_t i) {
  while (i < s.size() && is_space(s[i])) ++i;
  return i;
}

// The JSON string starting at s[i] (a '"'), unescaped; advances i past it.
std::string json_string(std::string_view s, size_t& i) {
  std::string out;
  ++i;
  while (i < s.size() && s[i] != '"') {
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i++]);
      continue;
    }
    const char e = s[i + 1];
    i += 2;
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': case 'b': case 'f': out.push_back(' '); break;
      case 'u': {
        char32_t cp = 0;
        size_t k = 0;
        for (; k < 4 && i + k < s.size(); ++k) {
          const char h = s[i + k];
          const int v = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (v < 0) break;
          cp = cp * 16 + static_cast<char32_t>(v);
        }
        i += k;
        if (cp >= 0xD800 && cp <= 0xDBFF && s.substr(i, 2) == "\\u" && i + 6 <= s.size()) {
          char32_t low = 0;
          for (size_t j = 0; j < 4; ++j) {
            const char h = s[i + 2 + j];
            low = low * 16 + static_cast<char32_t>(h >= '0' && h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
          }
          if (low >= 0xDC00 && low <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        utf8::append(out, cp);
        break;
      }
      default: out.push_back(e); break;
    }
  }
  ++i;
  return out;
}

// The first string value of "key" in the JSON text; when the value is an object
// or array (author: {"@type": "Person", "name": ...}), its first "name".
std::string first_value(std::string_view json, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  for (size_t at = json.find(quoted); at != std::string_view::npos; at = json.find(quoted, at + 1)) {
    size_t i = skip_json_space(json, at + quoted.size());
    if (i >= json.size() || json[i] != ':') continue;
    i = skip_json_space(json, i + 1);
    if (i < json.size() && json[i] == '"') return json_string(json, i);
    if (i < json.size() && (json[i] == '{' || json[i] == '[')) {
      const size_t close = json.find_first_of("}]", i);
      const std::string_view inner = json.substr(i, close == std::string_view::npos ? json.size() - i : close - i + 1);
      if (std::string name = first_value(inner, "name"); !name.empty()) return name;
    }
  }
  return {};
}

}  // namespace

std::string json_ld_value(std::string_view json, std::string_view key) { return first_value(json, key); }

}  // namespace clinic::html

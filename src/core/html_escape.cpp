#include "html_escape.h"

#include <array>
#include <cstdint>

#include "byte_words.h"

namespace clinic::html {
namespace {

constexpr bool is_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The bytes a URL attribute percent-encodes; md4c-html.c builds the same map
// at run time.
constexpr std::array<bool, 256> make_url_escape_map() {
  std::array<bool, 256> map{};
  constexpr std::string_view kUrlSafe = "~-_.+!*(),%#@?=;:/$";
  for (unsigned i = 0; i < 256; ++i) {
    const auto c = static_cast<unsigned char>(i);
    map[i] = !is_alnum(c) && kUrlSafe.find(static_cast<char>(c)) == std::string_view::npos;
  }
  return map;
}

constexpr std::array<bool, 256> kUrlEscapeMap = make_url_escape_map();

}  // namespace

// Text is escaped eight bytes at a time: most runs have nothing to escape, and
// in WebAssembly the byte-by-byte table loop cost as much as md4c's whole
// inline analysis.
void append_text(HtmlOutput& out, std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i + 8 <= text.size()) {
      if (!has_text_special(byte_words::load(text.data() + i))) {
        i += 7;
        continue;
      }
    }
    const char c = text[i];
    if (!is_text_special(c)) continue;
    out.append(text.data() + run, i - run);
    append_entity(out, c);
    run = i + 1;
  }
  out.append(text.data() + run, text.size() - run);
}

void append_entity(HtmlOutput& out, char c) {
  switch (c) {
    case '&': out.append("&amp;"); break;
    case '<': out.append("&lt;"); break;
    case '>': out.append("&gt;"); break;
    default: out.append("&quot;"); break;
  }
}

void append_attribute(HtmlOutput& out, std::string_view value) { append_text(out, value); }

void append_url(HtmlOutput& out, std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  size_t run = 0;
  for (size_t i = 0; i < url.size(); ++i) {
    const char c = url[i];
    if (!kUrlEscapeMap[static_cast<unsigned char>(c)]) continue;
    out.append(url.data() + run, i - run);
    if (c == '&') {
      out.append("&amp;");
    } else {
      const auto byte = static_cast<unsigned char>(c);
      const char escaped[3] = {'%', kHex[byte >> 4], kHex[byte & 0xF]};
      out.append(escaped, 3);
    }
    run = i + 1;
  }
  out.append(url.data() + run, url.size() - run);
}

}  // namespace clinic::html

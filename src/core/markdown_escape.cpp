#include "markdown_escape.h"

namespace clinic {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// `&name;`, `&#123;` or `&#x1F;` starting at s[i]: md4c would decode it.
bool starts_entity(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    const bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    const size_t digits = j;
    while (j < s.size() && (hex ? is_hex(s[j]) : is_digit(s[j]))) ++j;
    return j > digits && j - digits <= (hex ? 6u : 7u) && j < s.size() && s[j] == ';';
  }
  const size_t name = j;
  while (j < s.size() && is_ascii_alnum(s[j])) ++j;
  return j > name && j - name <= 32 && j < s.size() && s[j] == ';';
}

// An underscore between two letters or digits cannot open or close emphasis
// (`snake_case`, `https://example.com/a_b`); leaving it keeps URLs one autolink.
bool is_intraword_underscore(std::string_view s, size_t i) {
  return i > 0 && i + 1 < s.size() && is_ascii_alnum(s[i - 1]) && is_ascii_alnum(s[i + 1]);
}

// md4c 0.5.3 never reads the character right after `http://`, `https://` or
// `ftp://` as markup (its scan for permissive autolinks steps over it), nor a
// backslash there as an escape: that character is written as it is.
bool follows_url_scheme(std::string_view s, size_t i) {
  const std::string_view before = s.substr(0, i);
  return before.ends_with("http://") || before.ends_with("https://") || before.ends_with("ftp://");
}

// A line ending in a bare scheme (`see ftp://`) would hand md4c's step the
// first character after the line: the `*` of the `**` that closes a bold
// question, which then no longer closes it. Its last slash is escaped instead
// (`ftp:/\/`), which reads back as the same text and is no longer a scheme.
bool ends_with_url_scheme(std::string_view s, size_t i) { return i + 1 == s.size() && follows_url_scheme(s, s.size()); }

bool always_escaped(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '~': case '[': case ']': case '<': case '|': return true;
    default: return false;
  }
}

bool is_blank_or_end(std::string_view s, size_t i) { return i >= s.size() || s[i] == ' ' || s[i] == '\t'; }

bool only(std::string_view s, char c) {
  for (char x : s) {
    if (x != c && x != ' ' && x != '\t') return false;
  }
  return true;
}

// Length of the block marker a line starts with (`# `, `>`, `- `, `+ `, `1. `,
// `2) `, a setext underline of `=` or `-`), 0 when there is none: only these
// need escaping at the start of a line; `#1` or `-5°C` read literally as they are.
size_t block_marker_length(std::string_view s) {
  if (s.empty()) return 0;
  switch (s[0]) {
    case '>': return 1;
    case '#': {
      size_t j = 0;
      while (j < s.size() && s[j] == '#') ++j;
      return j <= 6 && is_blank_or_end(s, j) ? 1 : 0;
    }
    case '-': case '+': return is_blank_or_end(s, 1) || only(s, s[0]) ? 1 : 0;
    case '=': return only(s, '=') ? 1 : 0;
    default: break;
  }
  size_t j = 0;
  while (j < s.size() && j < 9 && is_digit(s[j])) ++j;
  if (j > 0 && j < s.size() && (s[j] == '.' || s[j] == ')') && is_blank_or_end(s, j + 1)) return j + 1;
  return 0;
}

std::string escaped(std::string_view text, bool every_hash) {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 2);
  size_t i = 0;
  if (const size_t marker = block_marker_length(text)) {
    // "1." -> "1\.", "#" -> "\#": the backslash goes before the marker's last character.
    out.append(text.substr(0, marker - 1));
    out.push_back('\\');
    out.push_back(text[marker - 1]);
    i = marker;
  }
  while (i < text.size()) {
    const char c = text[i];
    if ((c == '_' && is_intraword_underscore(text, i)) || follows_url_scheme(text, i)) {
      out.push_back(c);
    } else if (always_escaped(c) || (c == '#' && every_hash) || (c == '&' && starts_entity(text, i)) ||
               ends_with_url_scheme(text, i)) {
      out.push_back('\\');
      out.push_back(c);
    } else {
      out.push_back(c);
    }
    ++i;
  }
  return out;
}

}  // namespace

std::string markdown_escaped_line(std::string_view text) { return escaped(text, false); }

std::string markdown_escaped_heading(std::string_view text) { return escaped(text, true); }

}  // namespace clinic

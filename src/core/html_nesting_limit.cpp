#include "html_nesting_limit.h"

#include <algorithm>
#include <array>
#include <map>

namespace clinic::html {
namespace {

constexpr std::array<std::string_view, 16> kVoidElements = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    "keygen", "frame"};
constexpr std::array<std::string_view, 19> kOptionalEndTags = {
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot",
    "colgroup", "caption", "html", "body"};
constexpr std::array<std::string_view, 8> kRawTextElements = {"script", "style", "textarea", "title", "xmp",
                                                              "iframe", "noembed", "noframes"};

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// One past the '>' that ends the tag starting at `at`, quotes respected; the
// input's end when the tag never closes.
size_t tag_end(std::string_view html, size_t at) {
  char quote = 0;
  for (size_t i = at + 1; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // A quote opens a value only after '=' (an apostrophe in a name is text).
      size_t k = i;
      while (k > at && (html[k - 1] == ' ' || html[k - 1] == '\t' || html[k - 1] == '\n')) --k;
      if (k > at && html[k - 1] == '=') quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return html.size();
}

// Where the end tag `</name` of a raw-text element starts, at or after `from`
// (case-insensitive); npos when it never comes.
size_t raw_text_end(std::string_view html, size_t from, std::string_view name) {
  for (size_t i = html.find("</", from); i != std::string_view::npos; i = html.find("</", i + 2)) {
    if (lower(html.substr(i + 2, name.size())) == name) return i;
  }
  return std::string_view::npos;
}

}  // namespace

std::string with_bounded_nesting(std::string_view html, size_t max_depth) {
  std::string out;
  out.reserve(html.size());
  size_t depth = 0;
  std::map<std::string, size_t> dropped;  // start tags left out, by name: their end tags go too
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= html.size()) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    if (html.substr(lt, 4) == "<!--") {
      const size_t close = html.find("-->", lt + 4);
      const size_t end = close == std::string_view::npos ? html.size() : close + 3;
      out.append(html.substr(lt, end - lt));
      i = end;
      continue;
    }
    const bool closing = html[lt + 1] == '/';
    const size_t name_at = lt + (closing ? 2 : 1);
    if (name_at >= html.size() || !is_letter(html[name_at])) {  // "<" as text, "<!doctype", "<?xml"
      const size_t end = is_letter(html[lt + 1]) || html[lt + 1] == '/' || html[lt + 1] == '!' || html[lt + 1] == '?'
                             ? tag_end(html, lt) : lt + 1;
      out.append(html.substr(lt, end - lt));
      i = end;
      continue;
    }
    size_t name_end = name_at;
    while (name_end < html.size() && html[name_end] != '>' && html[name_end] != '/' && html[name_end] != ' ' &&
           html[name_end] != '\t' && html[name_end] != '\n' && html[name_end] != '\r' && html[name_end] != '\f') {
      ++name_end;
    }
    const std::string name = lower(html.substr(name_at, name_end - name_at));
    const size_t end = tag_end(html, lt);
    const std::string_view tag = html.substr(lt, end - lt);
    const bool self_closed = tag.size() >= 2 && tag[tag.size() - 2] == '/';
    // Raw-text elements are leaves, kept whole (a script left out would leave its code as text).
    const bool raw_text = one_of(name, kRawTextElements) && !self_closed;
    const bool counts = !one_of(name, kVoidElements) && !one_of(name, kOptionalEndTags) && !self_closed && !raw_text;
    i = end;
    if (closing) {
      if (auto it = dropped.find(name); counts && it != dropped.end() && it->second > 0) {
        --it->second;  // the end tag of a start tag left out
        continue;
      }
      if (counts && depth > 0) --depth;
      out.append(tag);
      continue;
    }
    const bool kept = !counts || depth < max_depth;
    if (kept) {
      if (counts) ++depth;
      out.append(tag);
    } else {
      ++dropped[name];
    }
    if (raw_text && !closing) {
      // Its contents are text, whatever they look like: copied with its end tag.
      const size_t end_tag = raw_text_end(html, i, name);
      const size_t after = end_tag == std::string_view::npos ? html.size() : tag_end(html, end_tag);
      out.append(html.substr(i, after - i));
      i = after;
    }
  }
  return out;
}

}  // namespace clinic::html

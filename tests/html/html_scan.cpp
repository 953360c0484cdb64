#include "html/html_scan.h"

#include <array>
#include <cstdint>

#include "core/utf8.h"

namespace clinic::testing {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower(c);
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

size_t find_ignoring_case(std::string_view haystack, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && lower(haystack[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

struct NamedReference {
  std::string_view name;
  std::string_view text;
};
// The references filter-evasion tricks lean on, plus the usual ones.
constexpr std::array<NamedReference, 16> kNamed = {{
    {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"},
    {"colon", ":"}, {"Tab", "\t"}, {"NewLine", "\n"}, {"lpar", "("}, {"rpar", ")"}, {"sol", "/"},
    {"period", "."}, {"excl", "!"}, {"num", "#"}, {"percnt", "%"},
}};

// The scheme as a browser's URL parser reads it. `value` is the attribute's
// value as the browser holds it, references decoded once already: the URL
// parser decodes none ("javascript&#58x" is a relative URL, and decoding it a
// second time here once reported our correctly escaped output as script).
std::string url_for_check(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (static_cast<unsigned char>(c) <= 0x20) continue;
    out.push_back(lower(c));
  }
  return out;
}

bool is_dangerous_url(std::string_view value) {
  const std::string url = url_for_check(value);
  if (starts_with(url, "javascript:") || starts_with(url, "vbscript:") || starts_with(url, "file:")) return true;
  if (!starts_with(url, "data:")) return false;
  for (std::string_view type : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
    const std::string_view rest = std::string_view(url).substr(5);
    if (starts_with(rest, type) && (rest.size() == type.size() || rest[type.size()] == ';' || rest[type.size()] == ',')) {
      return false;
    }
  }
  return true;
}

constexpr std::array<std::string_view, 12> kUrlAttributes = {
    "href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "lowsrc", "dynsrc",
    "cite"};

// Every element our renderers write; anything else means markup got through.
constexpr std::array<std::string_view, 43> kKnownElements = {
    "p",     "h1",     "h2",    "h3",      "h4",      "h5",    "h6",   "blockquote", "ul",   "ol",   "li",
    "input", "pre",    "code",  "table",   "thead",   "tbody", "tr",   "th",         "td",   "hr",   "em",
    "strong", "del",   "a",     "img",     "br",      "article", "header", "section", "div", "button", "span",
    "time",  "details", "summary", "script", "html",  "head",  "body", "main",       "meta", "title"};

constexpr std::array<std::string_view, 6> kVoidElements = {"br", "hr", "img", "input", "meta", "link"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view s) {
  for (std::string_view item : list) {
    if (item == s) return true;
  }
  return false;
}

}  // namespace

const Attribute* Tag::find(std::string_view attribute) const {
  for (const Attribute& a : attributes) {
    if (a.name == attribute) return &a;
  }
  return nullptr;
}

std::string decode_references(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '&') {
      out.push_back(text[i++]);
      continue;
    }
    if (i + 2 < text.size() && text[i + 1] == '#') {
      const bool hex = text[i + 2] == 'x' || text[i + 2] == 'X';
      size_t j = i + (hex ? 3 : 2);
      uint32_t cp = 0;
      const size_t digits_start = j;
      for (; j < text.size(); ++j) {
        const char c = text[j];
        uint32_t digit;
        if (c >= '0' && c <= '9') {
          digit = static_cast<uint32_t>(c - '0');
        } else if (hex && lower(c) >= 'a' && lower(c) <= 'f') {
          digit = static_cast<uint32_t>(lower(c) - 'a' + 10);
        } else {
          break;
        }
        cp = cp * (hex ? 16 : 10) + digit;
        if (cp > 0x10FFFF) cp = 0x110000;
      }
      if (j > digits_start) {  // ';' is optional, as in browsers
        utf8::append(out, cp);
        i = j < text.size() && text[j] == ';' ? j + 1 : j;
        continue;
      }
    }
    bool decoded = false;
    for (const NamedReference& ref : kNamed) {
      const std::string_view rest = text.substr(i + 1);
      if (starts_with(rest, ref.name) && rest.size() > ref.name.size() && rest[ref.name.size()] == ';') {
        out.append(ref.text);
        i += ref.name.size() + 2;
        decoded = true;
        break;
      }
    }
    if (!decoded) out.push_back(text[i++]);
  }
  return out;
}

ScanResult scan_html(std::string_view html) {
  ScanResult result;
  size_t i = 0;
  const size_t n = html.size();
  while (i < n) {
    if (html[i] != '<') {
      ++i;
      continue;
    }
    const size_t start = i;
    if (starts_with(html.substr(i), "<!--")) {
      const size_t close = html.find("-->", i + 4);
      result.problems.push_back("comment at " + std::to_string(i));
      i = close == std::string_view::npos ? n : close + 3;
      continue;
    }
    if (i + 1 < n && html[i + 1] == '!') {  // <!doctype html>
      const size_t close = html.find('>', i);
      if (lowered(html.substr(i, 15)) != "<!doctype html>") result.problems.push_back("declaration at " + std::to_string(i));
      i = close == std::string_view::npos ? n : close + 1;
      continue;
    }
    const bool closing = i + 1 < n && html[i + 1] == '/';
    const size_t name_start = i + (closing ? 2 : 1);
    if (name_start >= n || !is_alpha(html[name_start])) {
      // A browser keeps this '<' as text, but our renderers always escape it.
      result.problems.push_back("unescaped '<' at " + std::to_string(i));
      ++i;
      continue;
    }
    Tag tag;
    tag.closing = closing;
    tag.offset = start;
    i = name_start;
    while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>') tag.name.push_back(lower(html[i++]));
    bool terminated = false;
    while (i < n) {
      while (i < n && (is_space(html[i]) || html[i] == '/')) ++i;
      if (i >= n) break;
      if (html[i] == '>') {
        ++i;
        terminated = true;
        break;
      }
      Attribute attribute;
      do {  // the tokenizer takes a leading '=' into the name
        attribute.name.push_back(lower(html[i++]));
      } while (i < n && !is_space(html[i]) && html[i] != '/' && html[i] != '>' && html[i] != '=');
      while (i < n && is_space(html[i])) ++i;
      if (i < n && html[i] == '=') {
        ++i;
        while (i < n && is_space(html[i])) ++i;
        std::string raw;
        if (i < n && (html[i] == '"' || html[i] == '\'')) {
          const char quote = html[i++];
          while (i < n && html[i] != quote) raw.push_back(html[i++]);
          if (i < n) ++i;
        } else {
          while (i < n && !is_space(html[i]) && html[i] != '>') raw.push_back(html[i++]);
        }
        attribute.value = decode_references(raw);
      }
      tag.attributes.push_back(std::move(attribute));
    }
    if (!terminated) result.problems.push_back("unterminated tag <" + tag.name + " at " + std::to_string(start));
    const bool raw_text = !closing && (tag.name == "script" || tag.name == "style" || tag.name == "title" ||
                                       tag.name == "textarea" || tag.name == "xmp" || tag.name == "noscript");
    const std::string name = tag.name;
    result.tags.push_back(std::move(tag));
    if (raw_text && terminated) {
      const size_t close = find_ignoring_case(html, "</" + name, i);
      const size_t content_end = close == std::string_view::npos ? n : close;
      result.tags.back().raw_text = std::string(html.substr(i, content_end - i));
      i = content_end;
    }
  }
  return result;
}

std::vector<std::string> executable_constructs(std::string_view html) {
  const ScanResult scan = scan_html(html);
  std::vector<std::string> found = scan.problems;
  for (const Tag& tag : scan.tags) {
    if (tag.closing) continue;
    const std::string where = "<" + tag.name + "> at " + std::to_string(tag.offset);
    if (!contains(kKnownElements, tag.name) && tag.name != "style") found.push_back("unexpected element " + where);
    if (tag.name == "script") {
      const Attribute* type = tag.find("type");
      if (type == nullptr || lowered(type->value) != "application/ld+json" || tag.raw_text.find('<') != std::string::npos) {
        found.push_back("script " + where);
      }
    }
    if (tag.name == "style" && tag.raw_text.find('<') != std::string::npos) found.push_back("markup in style " + where);
    if (tag.name == "meta" && tag.find("http-equiv") != nullptr) found.push_back("http-equiv " + where);
    if (tag.name == "input") {
      const Attribute* type = tag.find("type");
      if (type == nullptr || type->value != "checkbox" || tag.find("disabled") == nullptr) found.push_back("input " + where);
    }
    for (const Attribute& a : tag.attributes) {
      if (starts_with(a.name, "on")) found.push_back("event handler " + a.name + " in " + where);
      if (a.name == "style" || a.name == "srcdoc" || a.name == "formaction") found.push_back(a.name + " in " + where);
      if (contains(kUrlAttributes, a.name) && is_dangerous_url(a.value)) {
        found.push_back(a.name + "=\"" + a.value + "\" in " + where);
      }
    }
  }
  return found;
}

std::vector<std::string> unbalanced_tags(std::string_view html) {
  const ScanResult scan = scan_html(html);
  std::vector<std::string> problems = scan.problems;
  std::vector<const Tag*> open;
  for (const Tag& tag : scan.tags) {
    if (contains(kVoidElements, tag.name)) {
      if (tag.closing) problems.push_back("</" + tag.name + "> at " + std::to_string(tag.offset));
      continue;
    }
    if (!tag.closing) {
      open.push_back(&tag);
    } else if (open.empty() || open.back()->name != tag.name) {
      problems.push_back("</" + tag.name + "> at " + std::to_string(tag.offset) + " closes " +
                         (open.empty() ? std::string("nothing") : "<" + open.back()->name + ">"));
    } else {
      open.pop_back();
    }
  }
  for (const Tag* tag : open) problems.push_back("<" + tag->name + "> at " + std::to_string(tag->offset) + " never closed");
  return problems;
}

}  // namespace clinic::testing

#include "front_matter.h"

#include <string>

namespace clinic {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool is_fence(std::string_view line) { return trim(line) == "---"; }

// A quoted scalar loses its quotes ('' and \" escapes honoured); a plain one
// loses a trailing ` # comment`.
std::string scalar(std::string_view raw) {
  raw = trim(raw);
  if (raw.size() >= 2 && (raw.front() == '"' || raw.front() == '\'') && raw.back() == raw.front()) {
    const char quote = raw.front();
    std::string out;
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      const char c = raw[i];
      if (quote == '\'' && c == '\'' && raw[i + 1] == '\'' && i + 2 < raw.size()) {
        out.push_back('\'');
        ++i;
      } else if (quote == '"' && c == '\\' && i + 2 < raw.size()) {
        const char e = raw[++i];
        out.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      } else {
        out.push_back(c);
      }
    }
    return out;
  }
  if (const size_t hash = raw.find(" #"); hash != std::string_view::npos) raw = trim(raw.substr(0, hash));
  return std::string(raw);
}

// `[a, "b, c", d]`: commas inside quotes do not split.
std::vector<std::string> list_items(std::string_view inner) {
  std::vector<std::string> items;
  std::string_view rest = inner;
  while (!trim(rest).empty()) {
    rest = trim(rest);
    size_t cut = 0;
    if (rest.front() == '"' || rest.front() == '\'') {
      const size_t close = rest.find(rest.front(), 1);
      cut = close == std::string_view::npos ? rest.size() : rest.find(',', close);
    } else {
      cut = rest.find(',');
    }
    if (cut == std::string_view::npos) cut = rest.size();
    if (std::string item = scalar(rest.substr(0, cut)); !item.empty()) items.push_back(std::move(item));
    rest = cut < rest.size() ? rest.substr(cut + 1) : std::string_view{};
  }
  return items;
}

void assign_known(PostMeta& meta, const MetaField& f) {
  // Compared as a view: std::string's == against a literal is an out-of-line
  // compare per key tried, eight per field, in WebAssembly.
  const std::string_view key = f.key;
  if (key == "tags") {
    meta.tags = f.is_list ? f.items : std::vector<std::string>{};
    if (!f.is_list && !f.value.empty()) meta.tags = list_items(f.value);
    return;
  }
  std::string* slot = key == "title"     ? &meta.title
                      : key == "author"  ? &meta.author
                      : key == "role"    ? &meta.role
                      : key == "clinic"  ? &meta.clinic
                      : key == "date"    ? &meta.date
                      : key == "lang"    ? &meta.lang
                      : key == "summary" ? &meta.summary
                      : key == "cover"   ? &meta.cover
                                         : nullptr;
  if (slot) *slot = f.value;
}

}  // namespace

FrontMatter read_front_matter(std::string_view source) {
  FrontMatter result;
  size_t line_end = source.find('\n');
  if (line_end == std::string_view::npos || !is_fence(source.substr(0, line_end)) ||
      trim(source.substr(0, line_end)).size() != source.substr(0, line_end).size()) {
    return result;  // no front matter: the fence must open the first line, unindented
  }
  std::vector<MetaField> fields;
  fields.reserve(8);  // a post's fields (title, author, role, clinic, date, lang, tags, ...), with no regrowth
  size_t pos = line_end + 1;
  while (pos <= source.size()) {
    size_t next = source.find('\n', pos);
    if (next == std::string_view::npos) next = source.size();
    const std::string_view line = source.substr(pos, next - pos);
    if (is_fence(line)) {
      result.meta.has_front_matter = true;
      result.meta.fields = std::move(fields);
      for (const MetaField& f : result.meta.fields) assign_known(result.meta, f);
      result.body_offset = static_cast<uint32_t>(std::min(next + 1, source.size()));
      return result;
    }
    const std::string_view content = trim(line);
    if (!content.empty() && content.front() != '#') {
      const size_t colon = content.find(':');
      if (colon == std::string_view::npos || colon == 0) {
        result.diagnostics.push_back({Diagnostic::Severity::Warning, static_cast<uint32_t>(pos),
                                      "front matter line is not `key: value`: " + std::string(content)});
      } else {
        MetaField f;
        f.key = std::string(trim(content.substr(0, colon)));
        const std::string_view value = trim(content.substr(colon + 1));
        if (value.size() >= 2 && value.front() == '[' && value.back() == ']') {
          f.is_list = true;
          f.items = list_items(value.substr(1, value.size() - 2));
        } else {
          f.value = scalar(value);
        }
        fields.push_back(std::move(f));
      }
    }
    if (next == source.size()) break;
    pos = next + 1;
  }
  result.diagnostics.push_back({Diagnostic::Severity::Warning, 0,
                                "front matter opened with `---` is never closed; reading the whole file as the post"});
  return result;
}

}  // namespace clinic

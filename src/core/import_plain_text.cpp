// The importer's steps: lines (import_lines), the post's own title and byline
// (here), blocks (import_blocks), Markdown (import_markdown).
#include "import_plain_text.h"

#include <algorithm>

#include "byline_reading.h"
#include "date_text.h"
#include "import_blocks.h"
#include "import_lines.h"
#include "import_markdown.h"
#include "language_detection.h"
#include "recognition_vocabulary.h"
#include "utf8.h"

namespace clinic {
namespace {

using import::LineKind;
using import::PlainLine;

// A first line longer than this is running text, not a title.
constexpr size_t kMaxTitleCodepoints = 120;
// The sign-off is among the post's last lines.
constexpr size_t kSignOffLines = 4;

size_t codepoints(std::string_view s) { return utf8::count_codepoints(s); }

// "Dr. Lee": a full stop that does not end the sentence.
bool ends_abbreviation(std::string_view line, size_t period) {
  size_t start = period;
  while (start > 0 && line[start - 1] != ' ') --start;
  const std::string_view word = line.substr(start, period - start);
  for (std::string_view abbreviation : {"Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "vs", "e.g", "i.e"}) {
    if (word == abbreviation) return true;
  }
  return false;
}

// "Hello. This is Chief Director Kim Ha-won." -> its two sentences.
std::vector<std::string_view> sentences_of(std::string_view line) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ' &&
        !(line[i] == '.' && ends_abbreviation(line, i))) {
      out.push_back(line.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < line.size()) out.push_back(line.substr(start));
  return out;
}

template <typename Read>
std::optional<Byline> byline_in(std::string_view line, Read read) {
  for (std::string_view sentence : sentences_of(line)) {
    if (auto byline = read(sentence)) return byline;
  }
  return std::nullopt;
}

void fill_missing(PostMeta& meta, const Byline& byline) {
  if (meta.author.empty()) meta.author = byline.author;
  if (meta.role.empty() && meta.author == byline.author) meta.role = byline.role;
  if (meta.clinic.empty()) meta.clinic = byline.clinic;
}

bool is_debris(const std::string& line) { return line.empty() || vocabulary::is_scrape_debris(line); }

// The body's lines [first, end): navigation crumbs before the first and after
// the last real line are dropped; so are blank lines at both ends.
std::pair<size_t, size_t> content_range(const std::vector<std::string>& lines) {
  size_t first = 0;
  size_t end = lines.size();
  while (end > 0 && lines[end - 1].empty()) --end;
  size_t last_real = end;
  while (last_real > 0 && is_debris(lines[last_real - 1])) --last_real;
  if (last_real == 0) return {0, end};  // nothing but crumbs: keep them
  while (first < last_real && is_debris(lines[first])) ++first;
  return {first, last_real};
}


// A saved page's header above the post, in any order: the blog's name, the
// title, a date line, counters ("조회 128") and crumbs. Read up to the first
// line of running text (the greeting, or a line too long for a title): the date
// goes to the front matter, the blog's name and the debris go, and the first
// other line is the title. Returns where the body starts.
size_t read_page_header(const std::vector<std::string>& lines, size_t first, size_t end, PostMeta& meta) {
  size_t i = first;
  for (; i < end; ++i) {
    const std::string& line = lines[i];
    if (line.empty()) {
      if (!meta.title.empty()) break;
      continue;
    }
    if (is_debris(line) || import::is_blog_name(line)) continue;
    if (import::is_date_line(line, meta.title.empty())) {
      if (meta.date.empty()) meta.date = normalized_date(line);
      continue;
    }
    if (!meta.title.empty() || !import::reads_as_title(line)) break;
    meta.title = line;
  }
  return i;
}

// The greeting ("Hello." + "This is Chief Director Kim Ha-won.") is a paragraph
// of its own, before the first section; the byline fills the front matter.
void read_greeting(std::vector<PlainLine>& lines, PostMeta& meta) {
  size_t i = 0;
  bool found = false;
  for (; i < lines.size() && lines[i].kind != LineKind::Heading && !found; ++i) {
    if (lines[i].kind != LineKind::Text) continue;
    if (const auto byline = byline_in(lines[i].text, read_greeting_byline)) {
      fill_missing(meta, *byline);
      found = true;
    }
  }
  if (found) {
    --i;
  } else {
    // No byline: a leading "Hello." alone is still the greeting.
    for (i = 0; i < lines.size() && lines[i].kind == LineKind::Blank; ++i) {}
    if (i == lines.size() || !is_hello_line(lines[i].text)) return;
    while (i + 1 < lines.size() && lines[i + 1].kind == LineKind::Text && is_hello_line(lines[i + 1].text)) ++i;
  }
  lines[i].break_after = true;
  size_t start = i;
  while (start > 0 && lines[start - 1].kind == LineKind::Text && is_hello_line(lines[start - 1].text)) --start;
  lines[start].break_before = true;
}

// The closing thanks and sign-off ("Thank you for reading." + "This has been
// Kim Ha-won from the milia dermatology clinic.") are a paragraph of their own.
void read_sign_off(std::vector<PlainLine>& lines, PostMeta& meta) {
  size_t end = lines.size();
  while (end > 0 && lines[end - 1].kind == LineKind::Blank) --end;
  size_t start = end;
  while (start > 0 && end - start < kSignOffLines && lines[start - 1].kind == LineKind::Text) {
    const std::string& text = lines[start - 1].text;
    if (const auto byline = byline_in(text, read_signoff_byline)) {
      fill_missing(meta, *byline);
    } else if (!is_thanks_line(text)) {
      break;
    }
    --start;
  }
  if (start < end) lines[start].break_before = true;
}

}  // namespace

ImportedPost import_plain_text(std::string_view text) {
  PostMeta meta;
  const std::vector<std::string> all = import::split_plain_lines(text);
  auto [first, end] = content_range(all);

  std::string words;
  for (size_t i = first; i < end; ++i) words.append(all[i]).push_back('\n');
  meta.lang = detect_language(words);

  // (a text of nothing but crumbs keeps them: the first is its title)
  const bool only_crumbs = std::all_of(all.begin() + first, all.begin() + end, is_debris);
  if (only_crumbs && first < end && import::reads_as_title(all[first])) meta.title = all[first++];
  if (!only_crumbs) first = read_page_header(all, first, end, meta);
  std::vector<PlainLine> lines(end - first);
  for (size_t i = first; i < end; ++i) lines[i - first].text = all[i];
  return import::write_post(std::move(lines), std::move(meta));
}

namespace import {

bool reads_as_title(std::string_view line) {
  return !is_hello_line(line) && !byline_in(line, read_greeting_byline) && codepoints(line) <= kMaxTitleCodepoints;
}

// "맑은피부과 공식 블로그", "Harbor Skin Blog": the blog's own name above a post.
bool is_blog_name(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (codepoints(line) > 30 || line.find('?') != std::string_view::npos) return false;
  std::string tail(line.substr(line.size() >= 4 ? line.size() - 4 : 0));
  for (char& c : tail) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return line.ends_with("블로그") || tail.ends_with("blog");
}

// "맑은피부과 | 2026. 4. 2. 15:30", "2026-04-02": a page's date line, short.
// `bare`: nothing but the date and its time ("2026. 4. 2. 15:30", "2026년 4월 2일"),
// which is all a line above the title may be ("2026년 여름 휴진 안내" is a title).
bool is_date_line(std::string_view line, bool bare) {
  if (codepoints(line) > 40 || normalized_date(line).empty()) return false;
  if (!bare) return true;
  for (size_t i = 0; i < line.size();) {
    if (std::string_view("0123456789 .-/:|,()").find(line[i]) != std::string_view::npos) {
      ++i;
    } else if (const std::string_view rest = line.substr(i);
               rest.starts_with("년") || rest.starts_with("월") || rest.starts_with("일") || rest.starts_with("·")) {
      i += rest.starts_with("·") ? 2 : 3;
    } else if (rest.starts_with("오전") || rest.starts_with("오후")) {
      i += 6;
    } else {
      return false;
    }
  }
  return true;
}

ImportedPost write_post(std::vector<PlainLine> lines, PostMeta meta, const std::string& page_author) {
  lines = classify_lines(std::move(lines));
  read_greeting(lines, meta);
  read_sign_off(lines, meta);
  if (meta.author.empty()) meta.author = page_author;
  ImportedPost result;
  result.markdown = write_markdown(meta, group_into_blocks(lines));
  result.meta = std::move(meta);
  return result;
}

}  // namespace import

}  // namespace clinic

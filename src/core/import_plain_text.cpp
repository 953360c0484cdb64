// The importer's steps: lines (import_lines), the post's own title and byline
// (here), blocks (import_blocks), Markdown (import_markdown).
#include "import_plain_text.h"

#include "byline_reading.h"
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

bool reads_as_title(const std::string& line) {
  return !is_hello_line(line) && !byline_in(line, read_greeting_byline) && codepoints(line) <= kMaxTitleCodepoints;
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

  if (first < end && reads_as_title(all[first])) meta.title = all[first++];
  std::vector<PlainLine> lines(end - first);
  for (size_t i = first; i < end; ++i) lines[i - first].text = all[i];
  return import::write_post(std::move(lines), std::move(meta));
}

namespace import {

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

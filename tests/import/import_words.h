// "Nothing of the content lost or reordered" (docs/post-format.md, "Importing
// plain text"), word by word: the words of the plain text the importer reads
// and the words of the Markdown it writes, which must be the same sequence.
// Shared by import_words_test.cpp and the import fuzz target (tests/fuzz).
//
// Input words: the plain text's lines as the importer reads them (BOM dropped,
// CRLF/CR as line ends, bytes that are not UTF-8 and NULs as U+FFFD), without
// the scrape crumbs before the first real line and after the last one (all of
// them when no line is real), nor the crumbs of a page header right under the
// title; split at white space. Which lines are crumbs is
// the caller's oracle: the tests name them by hand (kHandListedCrumbs), so
// that a wrong debris decision of the importer fails them; the fuzz target,
// which checks that nothing else is lost, asks the importer's vocabulary.
// Output words: the front matter's `title`, then the body's text as CommonMark
// reads it (parse_post with recognition off, so every `##`, `- `, `**` and
// backslash escape the importer added is gone); split at white space.
// White space includes U+00A0 and U+3000, and an emoji leading a word is a word
// of its own on both sides ("🧴Thorough" = "🧴 Thorough"): the importer sets
// list bullets apart from their text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/emoji_scan.h"
#include "core/front_matter.h"
#include "core/parse_post.h"
#include "core/plain_text.h"
#include "core/utf8.h"

namespace clinic::import_words {

using Words = std::vector<std::string>;
using IsCrumb = std::function<bool(std::string_view)>;

// The crumbs of the test posts, as written in them: the only lines the importer
// may drop.
inline bool is_hand_listed_crumb(std::string_view line) {
  for (std::string_view crumb : {"Back to Blogs", "Next", "Home > Blog > Milia", "Home > Blog > Sunscreen", "목록으로",
                                 "목록", "블로그 목록으로"}) {
    if (line == crumb) return true;
  }
  return false;
}

inline size_t space_at(std::string_view s, size_t i) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

inline void append_words(std::string_view text, Words& out) {
  size_t i = 0;
  while (i < text.size()) {
    if (const size_t n = space_at(text, i)) {
      i += n;
      continue;
    }
    const size_t start = i;
    while (i < text.size() && space_at(text, i) == 0) ++i;
    std::string_view word = text.substr(start, i - start);
    if (const size_t e = leading_emoji_length(word); e > 0 && e < word.size()) {
      out.emplace_back(word.substr(0, e));
      word.remove_prefix(e);
    }
    out.emplace_back(word);
  }
}

inline std::vector<std::string> lines_of(std::string_view raw) {
  if (raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
  std::string text = utf8::repaired(raw);
  for (size_t nul = text.find('\0'); nul != std::string::npos; nul = text.find('\0', nul)) {
    text.replace(nul, 1, "\xEF\xBF\xBD");
  }
  std::vector<std::string> lines;
  std::string line;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\n') {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      lines.push_back(line);
      line.clear();
    } else {
      line.push_back(text[i]);
    }
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

// A line without the white space at its ends, as the importer reads it.
inline std::string_view trimmed(std::string_view line) {
  size_t begin = 0;
  while (begin < line.size() && space_at(line, begin) > 0) begin += space_at(line, begin);
  size_t end = line.size();
  while (end > begin) {
    if (space_at(line, end - 1) == 1) --end;
    else if (end - begin >= 2 && space_at(line, end - 2) == 2) end -= 2;
    else if (end - begin >= 3 && space_at(line, end - 3) == 3) end -= 3;
    else break;
  }
  return line.substr(begin, end - begin);
}

// A page's own header lines besides crumbs (its blog's name, its date line):
// `before_title` asks of a line above the title. None in the test posts.
using IsPageLine = std::function<bool(std::string_view, bool before_title)>;
inline bool no_page_line(std::string_view, bool) { return false; }

// The first real line is the title unless a greeting opens the post (then
// there is no page header under it). The test posts' greetings, by hand.
using IsTitle = std::function<bool(std::string_view)>;
inline bool is_hand_read_title(std::string_view line) {
  return !line.starts_with("Hello") && !line.starts_with("Hi,") && !line.starts_with("안녕하세요");
}

inline Words input_words(std::string_view raw, const IsCrumb& is_crumb = is_hand_listed_crumb,
                         const IsPageLine& is_page_line = no_page_line, const IsTitle& is_title = is_hand_read_title) {
  const auto is_crumb_or_blank = [&](const std::string& line) {
    const std::string_view text = trimmed(line);
    return text.empty() || is_crumb(text);
  };
  const std::vector<std::string> lines = lines_of(raw);
  size_t first = 0;
  size_t end = lines.size();
  while (end > 0 && is_crumb_or_blank(lines[end - 1])) --end;
  std::vector<bool> dropped(lines.size(), false);
  if (end == 0) {
    end = lines.size();  // nothing but crumbs: the importer keeps them
  } else {
    // Above the title: crumbs, blank lines and the page's own lines go.
    while (first < end && (is_crumb_or_blank(lines[first]) || is_page_line(trimmed(lines[first]), true))) ++first;
    // Under the title (a first line that is no greeting), up to a blank line:
    // the page header's crumbs and lines go too ("조회 128", a date line).
    if (first < end && is_title(trimmed(lines[first]))) {
      for (size_t i = first + 1; i < end && !trimmed(lines[i]).empty(); ++i) {
        if (!is_crumb(trimmed(lines[i])) && !is_page_line(trimmed(lines[i]), false)) break;
        dropped[i] = true;
      }
    }
  }
  Words words;
  for (size_t i = first; i < end; ++i) {
    if (!dropped[i]) append_words(lines[i], words);
  }
  return words;
}

inline Words output_words(const std::string& markdown) {
  const FrontMatter fm = read_front_matter(markdown);
  Words words;
  append_words(fm.meta.title, words);
  const Post body = parse_post(std::string_view(markdown).substr(fm.body_offset), ParseOptions{.recognize_structure = false});
  append_words(plain_text(body, 0), words);
  return words;
}

}  // namespace clinic::import_words

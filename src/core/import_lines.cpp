#include "import_lines.h"

#include <algorithm>

#include "emoji_scan.h"
#include "recognition_vocabulary.h"
#include "utf8.h"

namespace clinic::import {
namespace {

// Title lines are short: these match what structure recognition accepts from a
// pasted post (structure_recognition.cpp), so an imported post reads the same
// as the pasted one.

size_t codepoints(std::string_view s) { return utf8::count_codepoints(s); }

// White space a scrape leaves around lines: ASCII, U+00A0 and U+3000.
size_t space_length(std::string_view s, size_t i) {
  if (s[i] == ' ' || s[i] == '\t' || s[i] == '\f' || s[i] == '\v') return 1;
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE3\x80\x80") return 3;
  return 0;
}

std::string trimmed(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    const size_t n = space_length(s, begin);
    if (n == 0) break;
    begin += n;
  }
  size_t end = s.size();
  while (end > begin) {
    if (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\f' || s[end - 1] == '\v') --end;
    else if (end - begin >= 2 && s.substr(end - 2, 2) == "\xC2\xA0") end -= 2;
    else if (end - begin >= 3 && s.substr(end - 3, 3) == "\xE3\x80\x80") end -= 3;
    else break;
  }
  return std::string(s.substr(begin, end - begin));
}

std::string_view emoji_of(std::string_view text) { return text.substr(0, leading_emoji_length(text)); }

bool is_marker_line(std::string_view text) {
  return vocabulary::answer_marker_length(text) > 0 || vocabulary::card_marker_length(text) > 0;
}

bool is_special_title(std::string_view text) {
  return vocabulary::special_title(text) != vocabulary::SpecialTitle::None;
}

// Bullets and markers typed as characters ("- ", "• ", "※", "> "): such a line
// is an item of its own, never the end of the sentence before it.
bool starts_with_bullet(std::string_view text) {
  if (!text.empty() && std::string_view("-*+>#|=").find(text[0]) != std::string_view::npos) return true;
  for (std::string_view bullet : {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\x8B", "\xE2\x96\xA0", "\xE2\x80\xBB",
                                  "\xE2\x97\x8F", "\xE2\x96\xA1", "\xE2\x9C\x93"}) {
    if (text.starts_with(bullet)) return true;  // • · ○ ■ ※ ● □ ✓
  }
  return false;
}

// "#아토피 #보습": hashtags end their line's paragraph; nothing carries them on.
bool is_hashtag_line(std::string_view text) {
  if (!text.starts_with("#") || text.starts_with("# ")) return false;
  for (size_t i = text.find(' '); i != std::string_view::npos; i = text.find(' ', i + 1)) {
    if (i + 1 < text.size() && text[i + 1] != '#' && text[i + 1] != ' ') return false;
  }
  return true;
}

// A line of punctuation only ("=====", "-----", "* * *"): a divider, kept as a
// paragraph of its own.
bool is_divider(std::string_view text) {
  if (text.size() < 3) return false;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

bool is_text(const PlainLine& line) { return line.kind == LineKind::Text; }

// A plain line that carries on the sentence of the line before it.
bool continues(const PlainLine& before, const PlainLine& line) {
  return is_text(line) && emoji_of(line.text).empty() && !is_marker_line(line.text) &&
         !starts_with_bullet(line.text) && !vocabulary::ends_sentence(before.text);
}

bool spaced_after_emoji(std::string_view text) {
  const size_t e = leading_emoji_length(text);
  return e < text.size() && text[e] == ' ';
}

bool starts_lower_case(std::string_view text) { return !text.empty() && text[0] >= 'a' && text[0] <= 'z'; }

// Runs of two or more lines led by the same emoji act as a list. An item that
// does not end its sentence is carried on by the plain lines up to the next
// item; after the last item, only by a line that visibly carries it on (the
// item ends with a comma, the line starts in lower case): items are phrases
// without a full stop, and the text after a list is usually a new sentence.
void mark_emoji_lists(std::vector<PlainLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!is_text(lines[i])) continue;
    const std::string_view bullet = emoji_of(lines[i].text);
    if (bullet.empty() || is_marker_line(lines[i].text)) continue;
    std::vector<size_t> items = {i};
    size_t k = i + 1;
    while (true) {
      const size_t after_item = k;
      while (k < lines.size() && continues(lines[k - 1], lines[k])) ++k;
      if (k < lines.size() && is_text(lines[k]) && emoji_of(lines[k].text) == bullet && !is_marker_line(lines[k].text)) {
        items.push_back(k++);
        continue;
      }
      k = after_item;
      while (k < lines.size() && continues(lines[k - 1], lines[k]) &&
             (starts_lower_case(lines[k].text) || lines[k - 1].text.back() == ',')) {
        ++k;
      }
      break;
    }
    // "🧴 Prevention of milia" right above "🧴Thorough cleansing…": a first line
    // spaced unlike all the items after it is their title, not one of them.
    if (items.size() >= 3 && spaced_after_emoji(lines[i].text) != spaced_after_emoji(lines[items[1]].text) &&
        std::all_of(items.begin() + 1, items.end(), [&](size_t item) {
          return spaced_after_emoji(lines[item].text) == spaced_after_emoji(lines[items[1]].text);
        })) {
      i = items[1] - 1;  // the loop moves on to the first real item
      continue;
    }
    if (items.size() < 2) continue;
    for (size_t item : items) lines[item].kind = LineKind::ListItem;
    for (size_t c = i + 1; c < k; ++c) lines[c].continues_item = lines[c].kind == LineKind::Text;
    i = k - 1;
  }
}

bool is_blank_at(const std::vector<PlainLine>& lines, size_t i) {
  return i >= lines.size() || lines[i].kind == LineKind::Blank;
}

// An emoji-led line reads as a title when it is short and not a finished
// sentence (a question is fine), unless it is visibly the first half of one:
// it ends with a comma, or the next line carries on in lower case.
bool reads_as_emoji_title(const std::vector<PlainLine>& lines, size_t i) {
  const std::string_view text = lines[i].text;
  const size_t e = leading_emoji_length(text);
  if (e == 0 || is_marker_line(text)) return false;
  std::string_view rest = text.substr(e);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  const size_t n = codepoints(rest);
  if (n < 2 || n > vocabulary::kMaxEmojiTitleCodepoints || vocabulary::question_marker_length(rest) > 0) return false;
  if (is_special_title(text)) return true;
  if (vocabulary::ends_question(text)) return true;
  if (vocabulary::ends_sentence(text) || text.back() == ',') return false;
  return is_blank_at(lines, i + 1) || !starts_lower_case(lines[i + 1].text);
}

// "Q&A", "요약" on a line of its own, not inside a sentence.
bool reads_as_plain_title(const std::vector<PlainLine>& lines, size_t i) {
  const std::string_view text = lines[i].text;
  if (codepoints(text) > vocabulary::kMaxPlainTitleCodepoints || !is_special_title(text) || vocabulary::ends_question(text)) {
    return false;
  }
  const bool after_sentence = i == 0 || lines[i - 1].kind != LineKind::Text || vocabulary::ends_sentence(lines[i - 1].text);
  return after_sentence && (!vocabulary::ends_sentence(text) || is_blank_at(lines, i + 1));
}

void mark_headings(std::vector<PlainLine>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is_text(lines[i]) && (reads_as_emoji_title(lines, i) || reads_as_plain_title(lines, i))) {
      lines[i].kind = LineKind::Heading;
    }
  }
}

bool is_answer_line(const PlainLine& line) {
  return (line.kind == LineKind::Text || line.kind == LineKind::Answer) && vocabulary::answer_marker_length(line.text) > 0;
}

// Inside a Q&A section, a question written without a Q marker ("💬 How long
// does it take?", "How long does it take?") is one when an answer line follows
// it and it does not carry on the line before.
bool is_unmarked_question(const std::vector<PlainLine>& lines, size_t i) {
  const PlainLine& line = lines[i];
  if (line.kind == LineKind::Heading && is_special_title(line.text)) return false;
  if (line.kind != LineKind::Heading && line.kind != LineKind::Text) return false;
  if (!vocabulary::ends_question(line.text) || is_marker_line(line.text)) return false;
  const bool starts_sentence = i == 0 || lines[i - 1].kind == LineKind::Blank || lines[i - 1].kind == LineKind::Heading ||
                               vocabulary::ends_sentence(lines[i - 1].text);
  return starts_sentence && i + 1 < lines.size() && is_answer_line(lines[i + 1]);
}

// Questions and answers exist only in Q&A sections, as structure recognition
// has it; summary cards are numbered lines anywhere.
// A page's heading below the section level (a `###` question) does not end the section.
int section_level(const PlainLine& line) { return line.heading_level == 0 ? 2 : line.heading_level; }

void mark_section_content(std::vector<PlainLine>& lines) {
  bool in_qa = false;
  int qa_level = 2;
  for (size_t i = 0; i < lines.size(); ++i) {
    PlainLine& line = lines[i];
    if (in_qa && vocabulary::question_marker_length(line.text) > 0 &&
        (line.kind == LineKind::Text || line.kind == LineKind::Heading)) {
      line.kind = LineKind::Question;
      continue;
    }
    if (in_qa && is_unmarked_question(lines, i)) {
      line.kind = LineKind::HeadingQuestion;
      continue;
    }
    if (line.kind == LineKind::Heading) {
      if (!in_qa || section_level(line) <= qa_level) {
        in_qa = vocabulary::is_qa_title(line.text);
        qa_level = section_level(line);
      }
      continue;
    }
    if (line.kind != LineKind::Text) continue;
    if (in_qa && vocabulary::answer_marker_length(line.text) > 0) line.kind = LineKind::Answer;
    else if (vocabulary::card_marker_length(line.text) > 0) line.kind = LineKind::Card;
  }
}

}  // namespace

std::vector<std::string> split_plain_lines(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::string valid = utf8::repaired(text);
  // NUL reads as U+FFFD in Markdown: say so in the text itself.
  for (size_t nul = valid.find('\0'); nul != std::string::npos; nul = valid.find('\0', nul)) {
    valid.replace(nul, 1, "\xEF\xBF\xBD");
  }
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i <= valid.size(); ++i) {
    if (i == valid.size() || valid[i] == '\n' || valid[i] == '\r') {
      if (i == valid.size() && start == i) break;  // no empty line after a final line end
      lines.push_back(trimmed(std::string_view(valid).substr(start, i - start)));
      if (i < valid.size() && valid[i] == '\r' && i + 1 < valid.size() && valid[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  return lines;
}

std::vector<PlainLine> classify_lines(const std::vector<std::string>& texts) {
  std::vector<PlainLine> lines(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) lines[i].text = texts[i];
  return classify_lines(std::move(lines));
}

std::vector<PlainLine> classify_lines(std::vector<PlainLine> lines) {
  for (PlainLine& line : lines) {
    if (line.kind == LineKind::Text && line.text.empty()) line.kind = LineKind::Blank;
  }
  mark_emoji_lists(lines);
  mark_headings(lines);
  mark_section_content(lines);
  for (PlainLine& line : lines) {
    line.starts_anew = line.kind != LineKind::Text || !emoji_of(line.text).empty() || starts_with_bullet(line.text);
    if (line.kind == LineKind::Text && is_divider(line.text)) line.starts_anew = line.break_before = line.break_after = true;
    if (line.kind == LineKind::Text && is_hashtag_line(line.text)) line.break_after = true;
  }
  return lines;
}

}  // namespace clinic::import

// Plain text as scraped from the clinic's old blog, line by line: what each
// line is (a title, a bullet, a question, a summary card, running text). The
// importer's first step; import_blocks.h groups the lines, and the
// Markdown is written from the groups.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clinic::import {

enum class LineKind : uint8_t {
  Blank,
  Text,             // running text; a line that does not end its sentence continues on the next
  Heading,          // an emoji-led title line ("💡 What are milia?"), or a Q&A / summary title alone
  ListItem,         // one of a run of lines led by the same emoji ("🧴Thorough cleansing…")
  Question,         // in a Q&A section: a "Q1." / "질문:" line
  HeadingQuestion,  // in a Q&A section: a question with no Q marker, answered by a "👉" line next
  Answer,           // in a Q&A section: a "👉" / "A." / "답변:" line
  Card,             // a keycap (1️⃣) or "1." numbered line
};

struct PlainLine {
  std::string text;  // trimmed
  LineKind kind = LineKind::Text;
  bool starts_anew = false;     // never continues the line before (led by an emoji, a marker or a number)
  bool continues_item = false;  // a plain line carrying on the list item before it
  bool break_before = false;    // a paragraph starts here (greeting, sign-off)
  bool break_after = false;     // a paragraph ends here
};

// The text as lines: BOM dropped, CRLF and CR as line ends, bytes that are not
// UTF-8 and NULs replaced (U+FFFD), each line trimmed of white space (ASCII, no-break
// and ideographic spaces).
std::vector<std::string> split_plain_lines(std::string_view text);

// What each line is. `lines` is the post's body: the title and scrape debris
// already taken out.
std::vector<PlainLine> classify_lines(const std::vector<std::string>& lines);

}  // namespace clinic::import

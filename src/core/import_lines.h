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
  Verbatim,         // a saved page's image, table, list or code: Markdown written as it is, a block of its own
};

struct PlainLine {
  std::string text;  // trimmed
  LineKind kind = LineKind::Text;
  bool starts_anew = false;     // never continues the line before (led by an emoji, a marker or a number)
  bool continues_item = false;  // a plain line carrying on the list item before it
  bool break_before = false;    // a paragraph starts here (greeting, sign-off)
  bool break_after = false;     // a paragraph ends here
  // From a saved page: the line as Markdown when it carries the page's own
  // markup (links, emphasis); empty for plain text, which is escaped when written.
  std::string markdown;
  uint8_t heading_level = 0;  // a page's own heading (2-4); 0: a recognised title, written `##`
};

// The text as lines: BOM dropped, CRLF and CR as line ends, bytes that are not
// UTF-8 and NULs replaced (U+FFFD), each line trimmed of white space (ASCII, no-break
// and ideographic spaces).
std::vector<std::string> split_plain_lines(std::string_view text);

// What each line is. `lines` is the post's body: the title and scrape debris
// already taken out.
std::vector<PlainLine> classify_lines(const std::vector<std::string>& lines);

// The same for lines that come with some structure already: a saved page's own
// headings (kind Heading, with their level) and Verbatim blocks keep their kind;
// Text lines are classified as above (an empty one is Blank).
std::vector<PlainLine> classify_lines(std::vector<PlainLine> lines);

}  // namespace clinic::import

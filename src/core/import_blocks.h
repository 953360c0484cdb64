// The importer's second step: classified lines grouped into the blocks the
// Markdown is written from, hard-wrapped lines rejoined into whole sentences.
#pragma once

#include <string>
#include <vector>

#include "import_lines.h"

namespace clinic::import {

enum class BlockKind : uint8_t {
  Heading,          // lines[0]: the title line, emoji kept
  Paragraph,        // lines: one per sentence flow (hard-wrapped lines rejoined)
  List,             // lines: one per item, bullet emoji kept
  Question,         // lines[0]: the question, marker kept; lines[1..]: the first paragraph of its answer
  HeadingQuestion,  // the same, for a question with no Q marker (written as a `###` heading)
  Verbatim,         // lines[0]: a saved page's image, table, list or code, already Markdown (markdown[0])
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::vector<std::string> lines;     // plain text
  std::vector<std::string> markdown;  // each line as Markdown, when it carries a page's markup; else empty
  uint8_t level = 0;                  // Heading: a page's own level (2-4); 0: `##`
};

// A line that does not end its sentence is joined (with one space) to the
// plain line after it; blank lines, titles, list runs, questions, summary
// cards and the breaks the lines ask for (greeting, sign-off) end a paragraph.
std::vector<Block> group_into_blocks(const std::vector<PlainLine>& lines);

}  // namespace clinic::import

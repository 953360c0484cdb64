// A saved page's lists and tables as Markdown blocks (the importer writes them
// as they are, a block each), and the "- " lines an editor's writer typed as a list.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "html_inline.h"
#include "html_tree.h"
#include "import_lines.h"

namespace clinic::html {

// A node's content written as one line (html_to_lines walks it); lists inside
// it are handed back in `nested`, to be written after it.
using InlineWriter = std::function<InlineLine::Written(const Node&, std::vector<const Node*>& nested)>;

struct MarkdownBlock {
  std::string markdown;  // empty when there is nothing to write
  std::string text;      // its plain text, for language detection and the reader's checks
};

// <ul>/<ol> as `- ` / `1. ` items, a nested list indented under its item.
MarkdownBlock list_block(const Node& list, const InlineWriter& write);

// A table of data (not of layout): more than one column, and no cell holds a
// table, a heading, a list, an image, paragraphs or lines, or a long text.
bool is_data_table(const Node& table);

// A data table as a GitHub table, its first row the header.
MarkdownBlock table_block(const Node& table, const InlineWriter& write);

// Runs of two or more "- " or "• " lines (typed in an editor) as one list block:
// a page's lines are not hard-wrapped prose.
std::vector<import::PlainLine> with_dash_lists(std::vector<import::PlainLine> lines);

}  // namespace clinic::html

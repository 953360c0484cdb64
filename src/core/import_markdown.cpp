#include "import_markdown.h"

#include "markdown_escape.h"

namespace clinic::import {
namespace {

// A scalar the front matter reader would take for something else is quoted.
bool needs_quotes(std::string_view value) {
  if (value.empty()) return false;
  const char first = value.front();
  return first == '"' || first == '\'' || first == '[' || first == '#' || value.find(" #") != std::string_view::npos ||
         value.back() == ' ' || first == ' ';
}

// "value", with its quotes and backslashes escaped.
void append_quoted(std::string& out, std::string_view value) {
  out.push_back('"');
  for (char c : value) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  out.push_back('"');
}

void append_field(std::string& out, std::string_view key, std::string_view value) {
  if (value.empty()) return;
  out.append(key).append(": ");
  if (needs_quotes(value)) append_quoted(out, value);
  else out.append(value);
  out.push_back('\n');
}

// A line as Markdown: the page's own markup when it has some, else its text escaped.
std::string line_markdown(const Block& block, size_t i) {
  return block.markdown[i].empty() ? markdown_escaped_line(block.lines[i]) : block.markdown[i];
}

// tags: [milia, "CO2, laser"]: a tag the list reader would split or misread is quoted.
void append_tags(std::string& out, const std::vector<std::string>& tags) {
  if (tags.empty()) return;
  out.append("tags: [");
  for (size_t i = 0; i < tags.size(); ++i) {
    if (i > 0) out.append(", ");
    const std::string& tag = tags[i];
    if (tag.find_first_of(",[]\"'#:") == std::string::npos && !needs_quotes(tag)) out.append(tag);
    else append_quoted(out, tag);
  }
  out.append("]\n");
}

void append_lines(std::string& out, const Block& block, size_t first) {
  for (size_t i = first; i < block.lines.size(); ++i) out.append(line_markdown(block, i)).push_back('\n');
}

void append_block(std::string& out, const Block& block) {
  switch (block.kind) {
    case BlockKind::Heading:
      out.append(block.level > 2 ? block.level : 2, '#').append(" ");
      out.append(markdown_escaped_heading(block.lines[0])).push_back('\n');
      break;
    case BlockKind::List:
      for (size_t i = 0; i < block.lines.size(); ++i) out.append("- ").append(line_markdown(block, i)).push_back('\n');
      break;
    case BlockKind::Verbatim: out.append(block.markdown[0]).push_back('\n'); break;
    case BlockKind::Question:
      // The answer's first lines follow the bold question in the same paragraph,
      // as the format's Q&A example writes them.
      out.append("**").append(markdown_escaped_line(block.lines[0])).append("**\n");
      append_lines(out, block, 1);
      break;
    case BlockKind::HeadingQuestion:
      out.append("### ").append(markdown_escaped_heading(block.lines[0])).push_back('\n');
      if (block.lines.size() > 1) out.push_back('\n');
      append_lines(out, block, 1);
      break;
    default: append_lines(out, block, 0); break;
  }
}

}  // namespace

std::string write_markdown(const PostMeta& meta, const std::vector<Block>& blocks) {
  std::string out;
  std::string fields;
  append_field(fields, "title", meta.title);
  append_field(fields, "author", meta.author);
  append_field(fields, "role", meta.role);
  append_field(fields, "clinic", meta.clinic);
  append_field(fields, "date", meta.date);
  append_field(fields, "lang", meta.lang);
  append_tags(fields, meta.tags);
  if (!fields.empty()) out.append("---\n").append(fields).append("---\n");
  for (const Block& block : blocks) {
    if (block.lines.empty()) continue;
    if (!out.empty()) out.push_back('\n');
    append_block(out, block);
  }
  return out;
}

}  // namespace clinic::import

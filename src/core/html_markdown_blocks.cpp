#include "html_markdown_blocks.h"

#include <algorithm>

#include "html_article_finder.h"
#include "markdown_escape.h"

namespace clinic::html {
namespace {

using import::LineKind;
using import::PlainLine;

// More text than this in one cell: not a table of data.
constexpr size_t kMaxDataCellBytes = 400;

bool is_heading(const Node& n) {
  return n.tag.size() == 2 && n.tag[0] == 'h' && n.tag[1] >= '1' && n.tag[1] <= '6';
}

template <typename Visit>
void for_each_row(const Node& table, Visit visit) {
  for (const auto& child : table.children) {
    if (child->is("tr")) visit(*child);
    if (child->is("thead") || child->is("tbody") || child->is("tfoot")) {
      for (const auto& row : child->children) {
        if (row->is("tr")) visit(*row);
      }
    }
  }
}

std::string markdown_of(const InlineLine::Written& written) {
  return written.markdown.empty() ? markdown_escaped_line(written.text) : written.markdown;
}

void write_list(const Node& n, size_t depth, const InlineWriter& write, MarkdownBlock& out) {
  size_t number = 1;
  for (const auto& item : n.children) {
    if (!item->is("li") || is_chrome(*item)) continue;
    std::vector<const Node*> nested;
    const InlineLine::Written written = write(*item, nested);
    if (!written.text.empty() || !nested.empty()) {
      if (!out.markdown.empty()) out.markdown.push_back('\n');
      out.markdown.append(depth * 4, ' ');
      out.markdown += n.is("ol") ? std::to_string(number++) + ". " : "- ";
      out.markdown += markdown_of(written);
      out.text += written.text + "\n";
    }
    for (const Node* sub : nested) write_list(*sub, depth + 1, write, out);
  }
}

}  // namespace

MarkdownBlock list_block(const Node& list, const InlineWriter& write) {
  MarkdownBlock out;
  write_list(list, 0, write, out);
  return out;
}

bool is_data_table(const Node& table) {
  bool data = true;
  size_t widest = 0;
  for_each_row(table, [&](const Node& row) {
    size_t cells = 0;
    for (const auto& cell : row.children) {
      if (!cell->is("td") && !cell->is("th")) continue;
      ++cells;
      // A cell holding paragraphs, lines or a long text is a page's layout (a
      // board's view table puts the whole post in one cell).
      size_t breaks = 0;
      if (find_element(*cell, [&](const Node& e) {
            breaks += e.is("br") ? 1 : 0;
            return e.is("table") || is_heading(e) || e.is("ul") || e.is("ol") || e.is("img") || e.is("p") ||
                   e.is("div") || breaks >= 2;
          }, false) != nullptr ||
          text_content(*cell).size() > kMaxDataCellBytes) {
        data = false;
      }
    }
    widest = std::max(widest, cells);
  });
  return data && widest > 1;
}

MarkdownBlock table_block(const Node& table, const InlineWriter& write) {
  MarkdownBlock out;
  std::vector<std::vector<std::string>> rows;
  for_each_row(table, [&](const Node& row) {
    std::vector<std::string> cells;
    for (const auto& cell : row.children) {
      if (!cell->is("td") && !cell->is("th")) continue;
      std::vector<const Node*> nested;
      const InlineLine::Written written = write(*cell, nested);
      cells.push_back(markdown_of(written));
      out.text += written.text + " ";
    }
    if (!cells.empty()) rows.push_back(std::move(cells));
  });
  if (rows.empty()) return out;
  size_t columns = 0;
  for (const auto& row : rows) columns = std::max(columns, row.size());
  std::string& md = out.markdown;
  for (size_t r = 0; r < rows.size(); ++r) {
    md += "|";
    for (size_t c = 0; c < columns; ++c) md += " " + (c < rows[r].size() ? rows[r][c] : std::string()) + " |";
    md += "\n";
    if (r == 0) {
      md += "|";
      for (size_t c = 0; c < columns; ++c) md += " --- |";
      md += "\n";
    }
  }
  md.pop_back();
  return out;
}

// "- 손을 씻은 뒤 …" lines typed in an editor (two or more in a row) are the
// list the writer meant: a page's lines are not hard-wrapped prose.
std::vector<PlainLine> with_dash_lists(std::vector<PlainLine> lines) {
  const auto dash_item = [](const PlainLine& line) {
    return line.kind == LineKind::Text && (line.text.starts_with("- ") || line.text.starts_with("\xE2\x80\xA2 "));
  };
  std::vector<PlainLine> out;
  for (size_t i = 0; i < lines.size();) {
    size_t end = i;
    while (end < lines.size() && dash_item(lines[end])) ++end;
    if (end - i < 2) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    PlainLine list;
    list.kind = LineKind::Verbatim;
    for (; i < end; ++i) {
      const std::string& text = lines[i].text;
      const std::string item = text.substr(text.find(' ') + 1);
      // The item's Markdown: its line's, without the escaped bullet.
      std::string md = lines[i].markdown.empty() ? markdown_escaped_line(item) : lines[i].markdown;
      if (!lines[i].markdown.empty()) {
        const size_t space = md.find(' ');
        md = space == std::string::npos ? markdown_escaped_line(item) : md.substr(space + 1);
      }
      list.text += item + "\n";
      if (!list.markdown.empty()) list.markdown.push_back('\n');
      list.markdown += "- " + md;
    }
    if (!out.empty() && out.back().kind != LineKind::Blank) out.push_back({.kind = LineKind::Blank});
    out.push_back(std::move(list));
    if (i < lines.size() && lines[i].kind != LineKind::Blank) out.push_back({.kind = LineKind::Blank});
  }
  return out;
}

}  // namespace clinic::html

#include "html_nodes.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <vector>

namespace clinic {
namespace {

constexpr std::string_view kHeadingOpen[] = {"<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"};
constexpr std::string_view kHeadingClose[] = {"</h1>\n", "</h2>\n", "</h3>\n", "</h4>\n", "</h5>\n", "</h6>\n"};

void append_number(HtmlOutput& out, uint32_t n) {
  char buf[16];
  const auto result = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, static_cast<size_t>(result.ptr - buf));
}

std::string_view cell_open(const Node& n) {
  const bool header = n.kind == NodeKind::TableHeaderCell;
  switch (n.align) {
    case Align::Left: return header ? "<th align=\"left\">" : "<td align=\"left\">";
    case Align::Center: return header ? "<th align=\"center\">" : "<td align=\"center\">";
    case Align::Right: return header ? "<th align=\"right\">" : "<td align=\"right\">";
    default: return header ? "<th>" : "<td>";
  }
}

// The nodes a walk has open. Most walks nest a few deep, and the article writer
// walks a few dozen short ranges per post: those stay in the array, with no
// allocation (one per walk was a malloc and a free per Q&A item and card);
// deeper nesting goes on in the vector.
class OpenNodes {
 public:
  bool empty() const { return size_ == 0; }
  uint32_t back() const { return size_ <= kInline ? inline_[size_ - 1] : spill_.back(); }
  void push(uint32_t node) {
    if (size_ < kInline) inline_[size_] = node;
    else spill_.push_back(node);
    ++size_;
  }
  void pop() {
    if (size_ > kInline) spill_.pop_back();
    --size_;
  }

 private:
  static constexpr size_t kInline = 32;
  std::array<uint32_t, kInline> inline_;
  std::vector<uint32_t> spill_;  // the nodes from kInline on
  size_t size_ = 0;
};

// The walk keeps the open nodes on a stack and closes each one when the walk
// passes its `end`, so nesting depth costs no recursion.
class HtmlNodeWriter {
 public:
  HtmlNodeWriter(const Post& post, HtmlOutput& out, const NodeHtmlStyle& style)
      : post_(post), nodes_(post.nodes), out_(out), style_(style) {}

  void write(uint32_t first, uint32_t end) {
    OpenNodes open;
    uint32_t i = first;
    while (i < end) {
      while (!open.empty() && nodes_[open.back()].end <= i) {
        close(open.back());
        open.pop();
      }
      const uint32_t parent = open.empty() ? kNone : open.back();
      if (nodes_[i].kind == NodeKind::Text && style_.append_text == html::append_text) {
        i = write_text_run(i, parent == kNone ? end : nodes_[parent].end);
        continue;
      }
      if (open_node(i, parent)) {
        open.push(i);
        ++i;
      } else {
        i = std::max(nodes_[i].end, i + 1);
      }
    }
    while (!open.empty()) {
      close(open.back());
      open.pop();
    }
  }

 private:
  static constexpr uint32_t kNone = UINT32_MAX;

  uint8_t heading_level(const Node& n) const {
    return static_cast<uint8_t>(std::clamp<int>(n.level, std::max<int>(style_.min_heading_level, 1), 6));
  }

  bool writes_link(const Node& n) const { return !n.has(node_flags::kUnsafeTarget) && !style_.links_as_text; }

  bool has_emoji_bullet(uint32_t list) const {
    return style_.emoji_bullets && list != kNone && nodes_[list].kind == NodeKind::List && !nodes_[list].text.empty();
  }

  // Emphasis left empty once recognition stripped a marker from it ("**Q1.**").
  bool is_empty_span(uint32_t i) const {
    for (uint32_t j = i + 1; j < nodes_[i].end; ++j) {
      const Node& n = nodes_[j];
      if ((n.kind == NodeKind::Text && !n.text.empty()) || n.kind == NodeKind::SoftBreak ||
          n.kind == NodeKind::HardBreak || n.kind == NodeKind::Image) {
        return false;
      }
    }
    return true;
  }

  // Text node `i` and the lines after it in the same parent, while each is a soft
  // break and a text that follow it in the source ("line\nline"): one run to
  // escape, as the newline is written as itself. Returns the node after the run.
  uint32_t write_text_run(uint32_t i, uint32_t limit) {
    TextRef run = nodes_[i].text;
    uint32_t last = i;
    if (!(run.offset & TextRef::kPoolBit)) {
      while (last + 2 < limit && nodes_[last + 1].kind == NodeKind::SoftBreak && nodes_[last + 2].kind == NodeKind::Text) {
        const TextRef next = nodes_[last + 2].text;
        const uint32_t run_end = run.offset + run.length;
        if (next.offset != run_end + 1 || post_.source[run_end] != '\n') break;  // also rules out pool text
        run.length += 1 + next.length;
        last += 2;
      }
    }
    html::append_text(out_, post_.str(run));
    return last + 1;
  }

  // Writes the opening of node `i`; false when its whole subtree is written.
  bool open_node(uint32_t i, uint32_t parent) {
    const Node& n = nodes_[i];
    switch (n.kind) {
      case NodeKind::Emphasis:
      case NodeKind::Strong:
      case NodeKind::Strike:
      case NodeKind::Code:
        if (is_empty_span(i)) return false;
        break;
      default: break;
    }
    switch (n.kind) {
      case NodeKind::Document:
      case NodeKind::Section:
      case NodeKind::QaItem:
      case NodeKind::QaAnswer: break;
      case NodeKind::Paragraph:
      case NodeKind::QaQuestion: out_.append("<p>"); break;
      case NodeKind::Heading: out_.append(kHeadingOpen[heading_level(n) - 1]); break;
      case NodeKind::BlockQuote: out_.append("<blockquote>\n"); break;
      case NodeKind::List:
        if (!n.has(node_flags::kOrdered)) {
          out_.append(has_emoji_bullet(i) ? "<ul class=\"emoji-bullets\">\n" : "<ul>\n");
        } else if (n.number == 1) {
          out_.append("<ol>\n");
        } else {
          out_.append("<ol start=\"");
          append_number(out_, n.number);
          out_.append("\">\n");
        }
        break;
      case NodeKind::ListItem:
        if (n.has(node_flags::kTask)) {
          out_.append("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled");
          if (n.has(node_flags::kChecked)) out_.append(" checked");
          out_.push_back('>');
        } else {
          out_.append("<li>");
        }
        if (has_emoji_bullet(parent)) {
          out_.append("<span class=\"bullet\" aria-hidden=\"true\">");
          html::append_text(out_, post_.str(nodes_[parent].text));
          out_.append("</span> ");
        }
        break;
      case NodeKind::CodeBlock:
        out_.append("<pre><code");
        if (!n.href.empty()) {
          const std::string_view lang = post_.str(n.href);
          out_.append(" class=\"");
          if (lang.substr(0, 9) != "language-") out_.append("language-");
          html::append_attribute(out_, lang);
          out_.push_back('"');
        }
        out_.push_back('>');
        break;
      case NodeKind::Table: out_.append("<table>\n"); break;
      case NodeKind::TableHead: out_.append("<thead>\n"); break;
      case NodeKind::TableBody: out_.append("<tbody>\n"); break;
      case NodeKind::TableRow: out_.append("<tr>\n"); break;
      case NodeKind::TableHeaderCell:
      case NodeKind::TableCell: out_.append(cell_open(n)); break;
      case NodeKind::ThematicBreak: out_.append("<hr>\n"); return false;
      case NodeKind::SummaryList: out_.append("<ol>\n"); break;
      case NodeKind::SummaryCard: out_.append("<li>"); break;
      // Leaves are written whole: they never go onto the stack of open nodes.
      case NodeKind::Text: style_.append_text(out_, post_.str(n.text)); return false;
      case NodeKind::SoftBreak: out_.push_back('\n'); return false;
      case NodeKind::HardBreak: out_.append("<br>\n"); return false;
      case NodeKind::Emphasis: out_.append("<em>"); break;
      case NodeKind::Strong: out_.append("<strong>"); break;
      case NodeKind::Strike: out_.append("<del>"); break;
      case NodeKind::Code: out_.append("<code>"); break;
      case NodeKind::Link:
        if (!writes_link(n)) break;  // only the content remains
        out_.append("<a href=\"");
        html::append_url(out_, post_.str(n.href));
        append_title(n);
        out_.append("\">");
        break;
      case NodeKind::Image:
        if (n.has(node_flags::kUnsafeTarget)) {
          append_alt_text(post_, i, out_);  // the same escaping serves text
          return false;
        }
        out_.append("<img src=\"");
        html::append_url(out_, post_.str(n.href));
        out_.append("\" alt=\"");
        append_alt_text(post_, i, out_);
        append_title(n);
        out_.append("\">");
        return false;
    }
    return true;
  }

  void append_title(const Node& n) {
    if (!n.has(node_flags::kHasTitle)) return;
    out_.append("\" title=\"");
    html::append_attribute(out_, post_.str(n.title));
  }

  void close(uint32_t i) {
    const Node& n = nodes_[i];
    switch (n.kind) {
      case NodeKind::Paragraph:
      case NodeKind::QaQuestion: out_.append("</p>\n"); break;
      case NodeKind::Heading: out_.append(kHeadingClose[heading_level(n) - 1]); break;
      case NodeKind::BlockQuote: out_.append("</blockquote>\n"); break;
      case NodeKind::List: out_.append(n.has(node_flags::kOrdered) ? "</ol>\n" : "</ul>\n"); break;
      case NodeKind::ListItem:
      case NodeKind::SummaryCard: out_.append("</li>\n"); break;
      case NodeKind::CodeBlock: out_.append("</code></pre>\n"); break;
      case NodeKind::Table: out_.append("</table>\n"); break;
      case NodeKind::TableHead: out_.append("</thead>\n"); break;
      case NodeKind::TableBody: out_.append("</tbody>\n"); break;
      case NodeKind::TableRow: out_.append("</tr>\n"); break;
      case NodeKind::TableHeaderCell: out_.append("</th>\n"); break;
      case NodeKind::TableCell: out_.append("</td>\n"); break;
      case NodeKind::SummaryList: out_.append("</ol>\n"); break;
      case NodeKind::Emphasis: out_.append("</em>"); break;
      case NodeKind::Strong: out_.append("</strong>"); break;
      case NodeKind::Strike: out_.append("</del>"); break;
      case NodeKind::Code: out_.append("</code>"); break;
      case NodeKind::Link:
        if (writes_link(n)) out_.append("</a>");
        break;
      default: break;
    }
  }

  const Post& post_;
  const std::vector<Node>& nodes_;
  HtmlOutput& out_;
  const NodeHtmlStyle& style_;
};

}  // namespace

void append_nodes_html(const Post& post, uint32_t first, uint32_t end, HtmlOutput& out, const NodeHtmlStyle& style) {
  end = std::min(end, static_cast<uint32_t>(post.nodes.size()));
  if (first >= end) return;
  HtmlNodeWriter(post, out, style).write(first, end);
}

void append_alt_text(const Post& post, uint32_t image, HtmlOutput& out) {
  const uint32_t end = std::min(post.nodes[image].end, static_cast<uint32_t>(post.nodes.size()));
  for (uint32_t i = image + 1; i < end; ++i) {
    const Node& n = post.nodes[i];
    if (n.kind == NodeKind::Text) {
      html::append_attribute(out, post.str(n.text));
    } else if (n.kind == NodeKind::SoftBreak || n.kind == NodeKind::HardBreak) {
      out.push_back(' ');
    }
  }
}

}  // namespace clinic

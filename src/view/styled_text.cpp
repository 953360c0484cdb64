#include "styled_text.h"

namespace clinic::view {
namespace {

struct Collector {
  const Post& post;
  std::vector<std::string>& links;
  StyledText out;

  void walk(uint32_t first, uint32_t end, uint8_t style, int32_t link) {
    for (uint32_t i = first; i < end; i = post.nodes[i].end) {
      const Node& n = post.nodes[i];
      switch (n.kind) {
        case NodeKind::Text: append_run(out, post.str(n.text), style, link); break;
        case NodeKind::SoftBreak: append_run(out, " ", style, link); break;
        case NodeKind::HardBreak: append_run(out, "\n", style, link); break;
        case NodeKind::Emphasis: walk(i + 1, n.end, style | text_style::kItalic, link); break;
        case NodeKind::Strong: walk(i + 1, n.end, style | text_style::kBold, link); break;
        case NodeKind::Strike: walk(i + 1, n.end, style | text_style::kStrike, link); break;
        case NodeKind::Code: walk(i + 1, n.end, style | text_style::kCode, link); break;
        case NodeKind::Link: {
          int32_t target = link;
          if (!n.href.empty()) {
            target = static_cast<int32_t>(links.size());
            links.emplace_back(post.str(n.href));
          }
          walk(i + 1, n.end, target >= 0 ? (style | text_style::kLink) : style, target);
          break;
        }
        case NodeKind::Image: walk(i + 1, n.end, style | text_style::kItalic, link); break;
        default:
          // A block inside inline content (e.g. a QaAnswer's paragraphs walked as
          // one text): keep its words, separated.
          if (!out.text.empty() && out.text.back() != ' ' && out.text.back() != '\n') append_run(out, " ", style, link);
          walk(i + 1, n.end, style, link);
          break;
      }
    }
  }
};

}  // namespace

void append_run(StyledText& out, std::string_view s, uint8_t style, int32_t link) {
  if (s.empty()) return;
  const uint32_t begin = static_cast<uint32_t>(out.text.size());
  out.text.append(s);
  const uint32_t end = static_cast<uint32_t>(out.text.size());
  if (!out.runs.empty() && out.runs.back().style == style && out.runs.back().link == link) {
    out.runs.back().end = end;
  } else {
    out.runs.push_back({begin, end, style, link});
  }
}

StyledText collect_inline(const Post& post, uint32_t first, uint32_t end, std::vector<std::string>& links) {
  Collector c{post, links, {}};
  c.walk(first, end, 0, -1);
  return std::move(c.out);
}

}  // namespace clinic::view

// Markdown's blocks: paragraphs, headings, lists, callouts, code, tables, rules.
#include <algorithm>
#include <cmath>
#include <string>

#include "core/plain_text.h"
#include "layout_context.h"

namespace clinic::view {
void LayoutContext::blocks(uint32_t first, uint32_t end, float x, float width) {
  NodeKind previous = NodeKind::Document;
  for (uint32_t i = first; i < end;) {
    const Node& n = post.nodes[i];
    if (is_inline(n.kind)) {  // a tight list item's or an answer's bare text
      uint32_t j = i;
      while (j < end && is_inline(post.nodes[j].kind)) j = post.nodes[j].end;
      inline_blocks(i, j, x, width);
      previous = NodeKind::Paragraph;
      i = j;
      continue;
    }
    if (n.kind == NodeKind::QaItem && previous != NodeKind::QaItem) qa_controls(x, width);
    block(i, x, width);
    previous = n.kind;
    i = n.end;
  }
}

void LayoutContext::block(uint32_t i, float x, float width) {
  const Node& n = post.nodes[i];
  switch (n.kind) {
    case NodeKind::Paragraph: inline_blocks(i + 1, n.end, x, width); break;
    case NodeKind::Heading: heading(i, x, width); break;
    case NodeKind::BlockQuote: quote(i, x, width); break;
    case NodeKind::List: list(i, x, width); break;
    case NodeKind::CodeBlock: code_block(i, x, width); break;
    case NodeKind::Table: table(i, x, width); break;
    case NodeKind::ThematicBreak: thematic_break(x, width); break;
    case NodeKind::QaItem: qa_item(i, x, width); break;
    case NodeKind::SummaryList: summary_list(i, x, width); break;
    default: blocks(i + 1, n.end, x, width); break;  // Section, Document, QaAnswer, ...
  }
}

bool LayoutContext::too_deep(uint32_t i, float x, float width) {
  if (nesting < kMaxNesting) return false;
  StyledText text;
  for (uint32_t k = i + 1; k < post.nodes[i].end; ++k) {
    const Node& n = post.nodes[k];
    if (n.kind == NodeKind::Text) append_run(text, post.str(n.text), 0);
    else if (n.kind == NodeKind::HardBreak) append_run(text, "\n", 0);
    else if ((n.kind == NodeKind::SoftBreak || is_block(n.kind)) && !text.empty() && text.text.back() != ' ') append_run(text, " ", 0);
  }
  settle();
  text_block(glyph_text(text, fonts), x, width, m().body, m().line, ColorRole::Text);
  gap(m().gap);
  return true;
}

void LayoutContext::heading(uint32_t i, float x, float width) {
  const Node& n = post.nodes[i];
  // The title is drawn by the header; a first-level heading repeating it is not drawn twice.
  if (n.level == 1 && plain_text(post, i) == post.meta.title) return;
  const float size = std::round(m().body * kType.heading[std::min<int>(n.level, 6)]);
  gap(std::round(m().body * kType.heading_before[n.level <= 2 ? 0 : 1]));
  settle();
  text_block(inline_text(i + 1, n.end), x, width, size, kType.heading_line, ColorRole::Heading, text_style::kBold);
  gap(std::round(m().body * kType.heading_after));
}

void LayoutContext::list(uint32_t i, float x, float width) {
  if (too_deep(i, x, width)) return;
  const Node& list_node = post.nodes[i];
  const bool ordered = list_node.has(node_flags::kOrdered);
  const bool tight = list_node.has(node_flags::kTight);
  // An emoji bullet the fonts cannot draw yet becomes a plain bullet.
  const std::string_view emoji_bullet =
      can_draw(post.str(list_node.text), fonts) ? post.str(list_node.text) : std::string_view();
  const float body = m().body;
  const float line = line_height(body, m().line);
  uint32_t count = 0;
  for (uint32_t c = first_child(i); c < list_node.end; c = post.nodes[c].end) ++count;
  const uint32_t start = ordered ? list_node.number : 1;
  const std::string widest_number = std::to_string(start + (count ? count - 1 : 0)) + ".";
  const float gutter = ordered ? std::ceil(label_width(widest_number, body, false) + body * kType.number_gap)
                               : std::round(body * (emoji_bullet.empty() ? kType.bullet_gutter : kType.emoji_bullet_gutter));

  settle();
  uint32_t number = start;
  for (uint32_t c = first_child(i); c < list_node.end; c = post.nodes[c].end, ++number) {
    const Node& item = post.nodes[c];
    settle();
    const float top = y;
    const float glyph_top = std::round((line - body) * 0.5f);
    if (item.has(node_flags::kTask)) {
      const float box = std::round(body * 0.85f);
      DrawItem r;
      r.kind = item.has(node_flags::kChecked) ? ItemKind::Rect : ItemKind::RectOutline;
      r.color = item.has(node_flags::kChecked) ? ColorRole::Accent : ColorRole::Muted;
      r.x = x;
      r.y = top + std::round((line - box) * 0.5f);
      r.w = r.h = box;
      r.size = 3.0f;
      add(r);
      if (item.has(node_flags::kChecked)) {  // a check mark: two strokes
        DrawItem a;
        a.kind = ItemKind::Line;
        a.color = ColorRole::AccentText;
        a.size = 2.0f;
        a.x = r.x + box * 0.22f, a.y = r.y + box * 0.52f, a.w = box * 0.2f, a.h = box * 0.2f;
        add(a);
        a.x += a.w, a.y += a.h, a.w = box * 0.36f, a.h = -box * 0.44f;
        add(a);
      }
    } else if (!emoji_bullet.empty()) {
      label(emoji_bullet, x, top + glyph_top, body, ColorRole::Text, false);
    } else if (ordered) {
      const std::string marker = std::to_string(number) + (list_node.mark == ')' ? ")" : ".");
      const float w = label_width(marker, body, false);
      label(marker, x + gutter - body * 0.45f - w, top + glyph_top, body, ColorRole::Muted, false);
    } else {
      const float d = std::round(body * 0.3f);
      DrawItem dot;
      dot.kind = ItemKind::Circle;
      dot.color = ColorRole::Accent;
      dot.x = x + std::round(body * 0.25f);
      dot.y = top + std::round((line - d) * 0.5f);
      dot.w = dot.h = d;
      add(dot);
    }
    ++nesting;
    blocks(c + 1, item.end, x + gutter, width - gutter);
    --nesting;
    pending_gap = std::round(tight ? body * kType.list_item_gap : m().gap);
    if (y == top) y += line;  // an empty item still takes a line
  }
  pending_gap = 0.0f;
  gap(m().gap);
}

void LayoutContext::quote(uint32_t i, float x, float width) {
  if (too_deep(i, x, width)) return;
  const Node& n = post.nodes[i];
  const bool warning = plain_text(post, i).rfind("\xE2\x9A\xA0", 0) == 0;  // starts with U+26A0 ⚠
  const float pad = std::round(m().body * kType.quote_pad);
  const float bar = kType.quote_bar_px;
  settle();
  const float top = y;
  DrawItem bg;
  bg.kind = ItemKind::Rect;
  bg.color = warning ? ColorRole::WarningBackground : ColorRole::QuoteBackground;
  bg.x = x;
  bg.y = top;
  bg.w = width;
  bg.size = 8.0f;
  const size_t bg_index = add(bg);
  DrawItem edge = bg;
  edge.color = warning ? ColorRole::WarningBar : ColorRole::QuoteBar;
  edge.w = bar;
  edge.size = 2.0f;
  const size_t edge_index = add(edge);
  y += pad;
  ++nesting;
  blocks(i + 1, n.end, x + bar + pad, width - bar - 2.0f * pad);
  --nesting;
  pending_gap = 0.0f;
  y += pad;
  out.items[bg_index].h = out.items[edge_index].h = y - top;
  gap(m().body * kType.boxed_after);
}

void LayoutContext::code_block(uint32_t i, float x, float width) {
  const Node& n = post.nodes[i];
  std::string code;
  for (uint32_t c = first_child(i); c < n.end; c = post.nodes[c].end) code.append(post.str(post.nodes[c].text));
  while (!code.empty() && code.back() == '\n') code.pop_back();
  StyledText text;
  append_run(text, code, 0);
  const float pad = std::round(m().body * kType.code_pad);
  const Paragraph p = measure(std::move(text), width - 2.0f * pad, std::round(m().body * kType.code), kType.code_line, 0,
                              Spaces::Keep);
  settle();
  DrawItem bg;
  bg.kind = ItemKind::Rect;
  bg.color = ColorRole::CodeBackground;
  bg.x = x;
  bg.y = y;
  bg.w = width;
  bg.h = p.height() + 2.0f * pad;
  bg.size = 6.0f;
  add(bg);
  emit(p, x + pad, y + pad, ColorRole::Text);
  y += bg.h;
  gap(m().body * kType.boxed_after);
}

void LayoutContext::table(uint32_t i, float x, float width) {
  const Node& n = post.nodes[i];
  std::vector<uint32_t> rows;
  for (uint32_t c = i + 1; c < n.end; ++c) {
    if (post.nodes[c].kind == NodeKind::TableRow) rows.push_back(c);
  }
  if (rows.empty()) return;
  uint32_t columns = 0;
  for (uint32_t c = first_child(rows[0]); c < post.nodes[rows[0]].end; c = post.nodes[c].end) ++columns;
  if (columns == 0) return;
  const float pad = std::round(m().body * kType.cell_pad);
  const float column_width = std::floor(width / float(columns));
  const float size = std::round(m().body * kType.table);
  settle();
  for (uint32_t row : rows) {
    std::vector<Paragraph> cells;
    std::vector<bool> header;
    float row_height = 0.0f;
    for (uint32_t c = first_child(row); c < post.nodes[row].end && cells.size() < columns; c = post.nodes[c].end) {
      const bool is_header = post.nodes[c].kind == NodeKind::TableHeaderCell;
      cells.push_back(measure(inline_text(c + 1, post.nodes[c].end), column_width - 2.0f * pad, size, kType.table_line,
                              is_header ? text_style::kBold : 0));
      header.push_back(is_header);
      row_height = std::max(row_height, cells.back().height());
    }
    row_height += 2.0f * pad;
    if (!header.empty() && header[0]) {
      DrawItem bg;
      bg.kind = ItemKind::Rect;
      bg.color = ColorRole::CodeBackground;
      bg.x = x, bg.y = y, bg.w = column_width * float(columns), bg.h = row_height;
      add(bg);
    }
    for (size_t k = 0; k < cells.size(); ++k) emit(cells[k], x + float(k) * column_width + pad, y + pad, ColorRole::Text);
    y += row_height;
    DrawItem rule;
    rule.kind = ItemKind::Line;
    rule.color = ColorRole::Rule;
    rule.x = x, rule.y = y, rule.w = column_width * float(columns), rule.size = 1.0f;
    add(rule);
  }
  gap(m().body * kType.boxed_after);
}

void LayoutContext::thematic_break(float x, float width) {
  gap(m().body * kType.break_around);
  settle();
  DrawItem rule;
  rule.kind = ItemKind::Line;
  rule.color = ColorRole::Rule;
  rule.x = x + width * 0.3f;
  rule.y = y;
  rule.w = width * 0.4f;
  rule.size = 1.0f;
  add(rule);
  y += 1.0f;
  gap(m().body * kType.break_around);
}

}  // namespace clinic::view

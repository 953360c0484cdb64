// The Q&A accordion: one row per question (closed by default), the answer below
// an open row, and one "expand all / collapse all" control above the questions.
#include <algorithm>
#include <cmath>
#include <string>

#include "layout_context.h"

namespace clinic::view {
namespace {

uint32_t child_of_kind(const Post& post, uint32_t parent, NodeKind kind) {
  for (uint32_t c = first_child(parent); c < post.nodes[parent].end; c = post.nodes[c].end) {
    if (post.nodes[c].kind == kind) return c;
  }
  return 0;
}

}  // namespace

int LayoutContext::qa_ordinal(uint32_t index) {
  if (qa_items.empty()) {  // once per layout: counting from the start for each item made long posts quadratic
    for (uint32_t i = 0; i < post.nodes.size(); ++i) {
      if (post.nodes[i].kind == NodeKind::QaItem) qa_items.push_back(i);
    }
  }
  return int(std::lower_bound(qa_items.begin(), qa_items.end(), index) - qa_items.begin());
}

void LayoutContext::clip_answer(size_t first_item, size_t first_hit, float top, float bottom, float reveal) {
  const float eased = 1.0f - (1.0f - reveal) * (1.0f - reveal) * (1.0f - reveal);  // ease-out
  const float clip = top + std::round((bottom - top) * eased);
  size_t kept = first_item;
  for (size_t k = first_item; k < out.items.size(); ++k) {
    if (out.items[k].y >= clip) continue;
    out.items[k].clip_y = clip;
    if (out.items[k].hit >= int32_t(first_hit)) out.items[k].hit = -1;  // its region goes (below)
    out.items[kept++] = out.items[k];
  }
  out.items.resize(kept);
  // Links that are hidden or partly hidden are not clickable until it settles.
  out.hits.resize(first_hit);
  y = clip;
}

void LayoutContext::qa_controls(float x, float width) {
  const bool all_open = !state.qa_open.empty() &&
                        std::all_of(state.qa_open.begin(), state.qa_open.end(), [](uint8_t o) { return o != 0; });
  const char* text = all_open ? words.collapse_all : words.expand_all;
  const QaMetrics& qa = kType.qa;
  const float size = std::round(m().body * qa.controls_size);
  const float pad_x = std::round(size * qa.controls_pad_x), pad_y = std::round(size * qa.controls_pad_y);
  const float w = std::ceil(label_width(text, size, false)) + 2.0f * pad_x;
  const float h = size + 2.0f * pad_y;
  settle();
  const float x1 = x + width, x0 = x1 - w;
  const int32_t hit = add_hit(all_open ? HitKind::CollapseAll : HitKind::ExpandAll, 0, x0, y, x1, y + h);
  DrawItem frame;
  frame.kind = ItemKind::RectOutline;
  frame.color = ColorRole::CardBorder;
  frame.hit = hit;
  frame.x = x0, frame.y = y, frame.w = w, frame.h = h, frame.size = h * 0.5f;
  add(frame);
  label(text, x0 + pad_x, y + pad_y, size, ColorRole::Accent, false, hit);
  y += h;
  gap(std::round(m().body * qa.controls_after));
}

void LayoutContext::qa_item(uint32_t i, float x, float width) {
  const Node& item = post.nodes[i];
  const int ordinal = qa_ordinal(i);
  const bool open = ordinal < int(state.qa_open.size()) && state.qa_open[size_t(ordinal)] != 0;
  const uint32_t question = child_of_kind(post, i, NodeKind::QaQuestion);
  const uint32_t answer = child_of_kind(post, i, NodeKind::QaAnswer);
  const float body = m().body;
  const QaMetrics& qa = kType.qa;
  const float pad = std::round(body * qa.pad);
  const float chevron = std::round(body * qa.chevron);
  const std::string number = words.question_label + std::to_string(item.number ? item.number : uint32_t(ordinal + 1));
  const float number_width = std::ceil(label_width(number, body, true));
  const float text_x = x + pad + number_width + std::round(body * qa.number_gap);
  const float text_width = x + width - pad - chevron - std::round(body * qa.number_gap) - text_x;

  const Paragraph q = measure(question ? inline_text(question + 1, post.nodes[question].end) : StyledText{},
                              text_width, body, qa.line, text_style::kBold);
  const float row_height = std::max(q.height(), q.line) + 2.0f * pad;
  settle();
  const float top = y;
  const int32_t hit = add_hit(HitKind::QaRow, ordinal, x, top, x + width, top + row_height);
  DrawItem row;
  row.kind = ItemKind::Rect;
  row.color = ColorRole::RowBackground;
  row.hit = hit;
  row.x = x, row.y = top, row.w = width, row.h = row_height, row.size = qa.row_radius_px;
  add(row);
  label(number, x + pad, top + pad + std::round((q.line - body) * 0.5f), body, ColorRole::Accent, true, hit);
  emit(q, text_x, top + pad, ColorRole::Heading, hit);
  DrawItem marker;
  marker.kind = ItemKind::Chevron;
  marker.color = ColorRole::Muted;
  marker.hit = hit;
  marker.flags = open ? item_flags::kOpen : 0;
  marker.x = x + width - pad - chevron;
  marker.y = top + std::round((row_height - chevron) * 0.5f);
  marker.w = marker.h = chevron;
  marker.size = 2.0f;
  add(marker);
  y = top + row_height;

  // An answer shows while open, and while it animates open or closed.
  const float reveal = ordinal < int(state.qa_reveal.size()) ? state.qa_reveal[size_t(ordinal)] : (open ? 1.0f : 0.0f);
  if (reveal > 0.0f && answer) {
    const size_t first_item = out.items.size(), first_hit = out.hits.size();
    const float answer_top = y;
    y += std::round(body * qa.answer_before);
    DrawItem bar;
    bar.kind = ItemKind::Rect;
    bar.color = ColorRole::QuoteBar;
    bar.x = text_x - std::round(body * qa.answer_before);
    bar.y = answer_top + std::round(body * qa.bar_before);
    bar.w = 3.0f;
    bar.size = 1.5f;
    const size_t bar_index = add(bar);
    blocks(answer + 1, post.nodes[answer].end, text_x, x + width - pad - text_x);
    pending_gap = 0.0f;
    out.items[bar_index].h = std::max(0.0f, y - out.items[bar_index].y);
    y += std::round(body * qa.answer_after);
    if (reveal < 1.0f) clip_answer(first_item, first_hit, answer_top, y, reveal);
  }
  gap(std::round(body * qa.between));
}

}  // namespace clinic::view

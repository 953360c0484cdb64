#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/utf8.h"
#include "layout_context.h"

namespace clinic::view {

int32_t LayoutContext::add_hit(HitKind kind, int32_t index, float x0, float y0, float x1, float y1) {
  out.hits.push_back({kind, index, x0, y0, x1, y1});
  const int32_t hit = static_cast<int32_t>(out.hits.size() - 1);
  if (out.hits.back().focusable()) out.focus_order.push_back(hit);
  return hit;
}

LayoutContext::Paragraph LayoutContext::measure(StyledText text, float width, float size, float line_factor,
                                                 uint8_t base_style, Spaces spaces) {
  Paragraph p;
  p.size = size;
  p.line = line_height(size, line_factor);
  p.lines = break_lines(text, fonts, size, width, base_style, spaces);
  p.text = std::move(text);
  return p;
}

void LayoutContext::emit(const Paragraph& p, float x, float top, ColorRole color, int32_t hit) {
  const float glyph_top = std::round((p.line - p.size) * 0.5f);
  for (size_t l = 0; l < p.lines.lines.size(); ++l) {
    const TextLine& line = p.lines.lines[l];
    const float line_top = top + float(l) * p.line;
    for (uint32_t k = 0; k < line.fragment_count; ++k) {
      const LineFragment& f = p.lines.fragments[line.first_fragment + k];
      DrawItem item;
      item.kind = ItemKind::Text;
      item.x = x + f.x;
      item.y = line_top + glyph_top;
      item.w = f.width;
      item.h = p.size;
      item.size = p.size;
      item.color = color;
      item.hit = hit;
      if (f.style & text_style::kBold) item.flags |= item_flags::kBold;
      if (f.style & text_style::kItalic) item.flags |= item_flags::kItalic;
      if (f.style & text_style::kStrike) item.flags |= item_flags::kStrike;
      if (f.style & text_style::kCode) {
        const float pad = std::round(p.size * 0.2f);
        DrawItem bg;
        bg.kind = ItemKind::Rect;
        bg.color = ColorRole::CodeBackground;
        bg.x = item.x - pad * 0.5f;
        bg.y = item.y - pad * 0.4f;
        bg.w = f.width + pad;
        bg.h = p.size + pad * 0.8f;
        bg.size = 3.0f;
        add(bg);
        item.color = ColorRole::CodeText;
      }
      if (f.link >= 0) {
        item.color = ColorRole::Link;
        item.hit = add_hit(HitKind::Link, f.link, item.x, line_top, item.x + f.width, line_top + p.line);
      }
      item.text_begin = static_cast<uint32_t>(out.text.size());
      append_visible(out.text, std::string_view(p.text.text).substr(f.begin, f.end - f.begin));
      item.text_end = static_cast<uint32_t>(out.text.size());
      add(item);
    }
  }
}

float LayoutContext::text_block(StyledText text, float x, float width, float size, float line_factor, ColorRole color,
                                uint8_t base_style) {
  const Paragraph p = measure(std::move(text), width, size, line_factor, base_style);
  emit(p, x, y, color);
  y += p.height();
  return p.height();
}

float LayoutContext::label_width(std::string_view text, float size, bool bold) const {
  const std::string s = glyph_string(text, fonts);
  float w = 0.0f;
  for (size_t i = 0; i < s.size();) w += char_advance(fonts, size, bold ? text_style::kBold : 0, utf8::next(s, i));
  return w;
}

float LayoutContext::label(std::string_view s, float x, float top, float size, ColorRole color, bool bold, int32_t hit) {
  DrawItem item;
  item.kind = ItemKind::Text;
  item.x = x;
  item.y = top;
  item.w = label_width(s, size, bold);
  item.h = size;
  item.size = size;
  item.color = color;
  item.hit = hit;
  item.flags = bold ? item_flags::kBold : 0;
  item.text_begin = static_cast<uint32_t>(out.text.size());
  append_visible(out.text, glyph_string(s, fonts));
  item.text_end = static_cast<uint32_t>(out.text.size());
  add(item);
  return item.w;
}

namespace {

Metrics metrics_for(const ViewState& state) {
  Metrics m;
  m.body = std::round(kType.body_px * state.font_scale * 4.0f) / 4.0f;
  m.line = kType.line;
  m.side_margin = state.viewport_width < kType.wide_from_px ? kType.side_margin_px : kType.wide_side_margin_px;
  m.column = std::min(state.viewport_width - 2.0f * m.side_margin, std::round(m.body * kType.column));
  m.column = std::max(m.column, 120.0f);
  m.left = std::floor((state.viewport_width - m.column) * 0.5f);
  m.gap = std::round(m.body * kType.paragraph_gap);
  return m;
}

}  // namespace

PostLayout layout_post(const Post& post, const ViewState& state, const ViewFonts& fonts, const ImageTable* images) {
  PostLayout out;
  out.metrics = metrics_for(state);
  if (!fonts.ready() || post.nodes.empty()) return out;
  LayoutContext c{post, state, fonts, ui_words(post.meta.lang), out};
  c.images = images;
  c.y = std::round(out.metrics.body * kType.top);
  c.header();
  c.blocks(first_child(0), post.nodes[0].end, out.metrics.left, out.metrics.column);
  out.height = std::ceil(c.y + out.metrics.body * kType.bottom);
  out.item_index.build(out.items);
  out.hit_index.build(out.hits);
  return out;
}

namespace {

template <typename Box, typename Top, typename Bottom>
void build_index(YIndex& index, const std::vector<Box>& boxes, Top top, Bottom bottom) {
  const size_t n = boxes.size();
  index.bottom_max.resize(n);
  index.top_min.resize(n);
  float running = -3.0e38f;
  for (size_t i = 0; i < n; ++i) index.bottom_max[i] = running = std::max(running, bottom(boxes[i]));
  running = 3.0e38f;
  for (size_t i = n; i-- > 0;) index.top_min[i] = running = std::min(running, top(boxes[i]));
}

}  // namespace

void YIndex::build(const std::vector<DrawItem>& items) { build_index(*this, items, item_top, item_bottom); }

void YIndex::build(const std::vector<HitRegion>& hits) {
  build_index(*this, hits, [](const HitRegion& h) { return h.y0; }, [](const HitRegion& h) { return h.y1; });
}

YIndex::Range YIndex::range(float y0, float y1) const {
  // Before `begin` every bottom is < y0; from `end` on every top is > y1.
  Range r;
  r.begin = size_t(std::lower_bound(bottom_max.begin(), bottom_max.end(), y0) - bottom_max.begin());
  r.end = size_t(std::upper_bound(top_min.begin(), top_min.end(), y1) - top_min.begin());
  if (r.end < r.begin) r.end = r.begin;
  return r;
}

YIndex::Range PostLayout::items_near(float y0, float y1) const {
  if (item_index.size() != items.size()) return {0, items.size()};
  return item_index.range(y0, y1);
}

int PostLayout::hit_at(float x, float y) const {
  const YIndex::Range r = hit_index.size() == hits.size() ? hit_index.range(y, y) : YIndex::Range{0, hits.size()};
  for (size_t i = r.end; i-- > r.begin;) {
    if (hits[i].contains(x, y)) return int(i);
  }
  return -1;
}

const PostLayout& LayoutCache::get(const Post& post, const ViewState& state, const ViewFonts& fonts,
                                   const ImageTable* image_table) {
  const uint32_t image_version = image_table ? image_table->version : 0;
  if (valid && images == image_table && images_version == image_version && width == state.viewport_width && font_scale == state.font_scale && qa_open == state.qa_open && qa_reveal == state.qa_reveal &&
      regular == fonts.regular && bold == fonts.bold && font_generation == fonts.generation) {
    return layout;
  }
  layout = layout_post(post, state, fonts, image_table);
  valid = true;
  images = image_table;
  images_version = image_version;
  width = state.viewport_width;
  font_scale = state.font_scale;
  qa_open = state.qa_open;
  qa_reveal = state.qa_reveal;
  regular = fonts.regular;
  font_generation = fonts.generation;
  bold = fonts.bold;
  ++relayouts;
  return layout;
}

}  // namespace clinic::view

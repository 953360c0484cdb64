// Summary cards: a responsive grid across the reading column (1 column narrow,
// 2, then 3 wide), a number badge per card, equal heights per row.
#include <algorithm>
#include <cmath>
#include <string>

#include "layout_context.h"

namespace clinic::view {

void LayoutContext::summary_list(uint32_t i, float grid_x, float grid_width) {
  const Node& list = post.nodes[i];
  std::vector<uint32_t> cards;
  for (uint32_t c = first_child(i); c < list.end; c = post.nodes[c].end) {
    if (post.nodes[c].kind == NodeKind::SummaryCard) cards.push_back(c);
  }
  if (cards.empty()) return;
  const float body = m().body;
  const CardMetrics& cm = kType.card;
  const size_t columns = grid_width < body * cm.two_columns ? 1 : grid_width < body * cm.three_columns ? 2 : 3;
  const float gutter = std::round(body * cm.gutter);
  const float card_width = std::floor((grid_width - gutter * float(columns - 1)) / float(columns));
  const float pad = std::round(body * (columns == 3 ? cm.pad_three_columns : cm.pad));
  const float badge = std::round(body * cm.badge);
  const float text_size = std::round(body * cm.text);

  // One column (phones): the badge beside the text; otherwise above it.
  const bool beside = columns == 1;
  const float below = std::round(body * cm.badge_gap);
  const float text_width = card_width - 2.0f * pad - (beside ? badge + below : 0.0f);
  settle();
  for (size_t row_start = 0; row_start < cards.size(); row_start += columns) {
    const size_t row_end = std::min(cards.size(), row_start + columns);
    std::vector<Paragraph> texts;
    float row_height = 0.0f;
    for (size_t k = row_start; k < row_end; ++k) {
      texts.push_back(measure(inline_text(cards[k] + 1, post.nodes[cards[k]].end), text_width, text_size, cm.line));
      const float content = beside ? std::max(badge, texts.back().height()) : badge + below + texts.back().height();
      row_height = std::max(row_height, pad + content + pad);
    }
    for (size_t k = row_start; k < row_end; ++k) {
      const float cx = grid_x + float(k - row_start) * (card_width + gutter);
      DrawItem card;
      card.kind = ItemKind::Rect;
      card.color = ColorRole::CardBackground;
      card.x = cx, card.y = y, card.w = card_width, card.h = row_height, card.size = cm.radius_px;
      add(card);
      card.kind = ItemKind::RectOutline;
      card.color = ColorRole::CardBorder;
      add(card);
      DrawItem circle;
      circle.kind = ItemKind::Circle;
      circle.color = ColorRole::Accent;
      circle.x = cx + pad, circle.y = y + pad, circle.w = circle.h = badge;
      add(circle);
      const uint32_t n = post.nodes[cards[k]].number ? post.nodes[cards[k]].number : uint32_t(k + 1);
      const std::string number = std::to_string(n);
      const float number_size = std::round(body * cm.text);
      const float w = label_width(number, number_size, true);
      label(number, circle.x + std::round((badge - w) * 0.5f), circle.y + std::round((badge - number_size) * 0.5f),
            number_size, ColorRole::AccentText, true);
      const Paragraph& text = texts[k - row_start];
      if (beside) {
        const float centred = text.lines.lines.size() == 1 ? std::round((badge - text.line) * 0.5f) : 0.0f;
        emit(text, cx + pad + badge + below, y + pad + std::max(0.0f, centred), ColorRole::Text);
      } else {
        emit(text, cx + pad, y + pad + badge + below, ColorRole::Text);
      }
    }
    y += row_height + gutter;
  }
  y -= gutter;
  gap(m().body * cm.after);
}

}  // namespace clinic::view

#include "text_lines.h"

#include <cmath>

#include "glyph_text.h"

namespace clinic::view {

TextLines text_lines(const PostLayout& layout) {
  TextLines out;
  const DrawItem* previous = nullptr;
  for (const DrawItem& item : layout.items) {
    if (item.kind != ItemKind::Text || item.text_end <= item.text_begin) continue;
    if (item.y + item.size * 0.5f > item.clip_y) continue;  // not (yet) revealed
    const std::string_view text(layout.text.data() + item.text_begin, item.text_end - item.text_begin);
    // Runs of one wrapped line follow each other with no gap (a space belongs to a run).
    const bool continues = previous != nullptr && !out.lines.empty() && std::abs(item.y - previous->y) < 0.5f &&
                           item.size == previous->size && item.x >= previous->x + previous->w - 1.0f &&
                           item.x <= previous->x + previous->w + item.size * 0.5f;
    if (continues) {
      TextLineBox& line = out.lines.back();
      if (item.x > previous->x + previous->w + 1.0f && !out.text.empty() && out.text.back() != ' ') out.text += ' ';
      out.text += readable_text(text);
      line.width = item.x + item.w - line.x;
      line.text_end = uint32_t(out.text.size());
    } else {
      TextLineBox line;
      line.x = item.x;
      line.y = item.y;
      line.width = item.w;
      line.size = item.size;
      line.bold = (item.flags & item_flags::kBold) != 0;
      line.text_begin = uint32_t(out.text.size());
      out.text += readable_text(text);
      line.text_end = uint32_t(out.text.size());
      out.lines.push_back(line);
    }
    previous = &item;
  }
  return out;
}

}  // namespace clinic::view

// Images standing in a paragraph: each one a block of its own, scaled to the
// column (never beyond its natural size, aspect kept). Until the platform has
// it — or when it failed, or where no platform loads images — a placeholder box
// shows the alt text; the layout reflows when the image's size becomes known.
#include <algorithm>
#include <cmath>

#include "layout_context.h"

namespace clinic::view {
namespace {

bool blank(const StyledText& text) {
  return std::all_of(text.text.begin(), text.text.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t'; });
}

}  // namespace

void LayoutContext::inline_blocks(uint32_t first, uint32_t end, float x, float width) {
  uint32_t run = first;  // the start of the text before the next image
  auto flush_text = [&](uint32_t until) {
    if (run >= until) return;
    StyledText text = inline_text(run, until);
    if (blank(text)) return;
    settle();
    text_block(std::move(text), x, width, m().body, m().line, ColorRole::Text);
    gap(m().gap);
  };
  for (uint32_t i = first; i < end; i = post.nodes[i].end) {
    const uint32_t image = block_image_at(post, i);
    if (image == 0) continue;
    flush_text(i);
    int32_t link = -1;
    if (image != i && !post.nodes[i].href.empty()) {
      link = int32_t(out.links.size());
      out.links.emplace_back(post.str(post.nodes[i].href));
    }
    image_block(image, link, x, width);
    run = post.nodes[i].end;
  }
  flush_text(end);
}

void LayoutContext::image_block(uint32_t image, int32_t link, float x, float width) {
  const ImageEntry* entry = images ? images->find(image) : nullptr;
  const ImageStatus status = entry ? entry->status : ImageStatus::Failed;
  settle();
  const size_t first_item = out.items.size();
  ImageBox box;
  box.id = image;
  box.status = status;
  box.y = y;
  const float body = m().body;
  if (status == ImageStatus::Ready) {
    box.w = std::floor(std::min(width, entry->width));
    box.h = std::round(box.w * entry->height / entry->width);
    box.x = x + std::floor((width - box.w) * 0.5f);
    DrawItem item;
    item.kind = ItemKind::Image;
    item.image = image;
    item.x = box.x, item.y = box.y, item.w = box.w, item.h = box.h;
    add(item);
  } else {
    // The alt text in a box: tall while the image may still come, snug once it will not.
    const float pad = std::round(body * 0.8f);
    StyledText alt;
    std::vector<std::string> unused_links;
    alt = glyph_text(collect_inline(post, image + 1, post.nodes[image].end, unused_links), fonts);
    // Alt text is text: a link inside it is not one (its index is into unused_links, not out.links).
    for (StyleRun& run : alt.runs) {
      run.link = -1;
      run.style &= static_cast<uint8_t>(~text_style::kLink);
    }
    const Paragraph p = measure(std::move(alt), width - 2.0f * pad, std::round(body * 0.94f), 1.5f, text_style::kItalic);
    const float snug = p.height() + 2.0f * pad;
    box.x = x;
    box.w = width;
    box.h = status == ImageStatus::Loading ? std::max(snug, std::round(body * 8.0f)) : std::max(snug, std::round(body * 3.0f));
    DrawItem bg;
    bg.kind = ItemKind::Rect;
    bg.color = ColorRole::CodeBackground;
    bg.x = box.x, bg.y = box.y, bg.w = box.w, bg.h = box.h;
    bg.size = 6.0f;
    add(bg);
    DrawItem edge = bg;
    edge.kind = ItemKind::RectOutline;
    edge.color = ColorRole::Rule;
    add(edge);
    emit(p, x + pad, y + std::round((box.h - p.height()) * 0.5f), ColorRole::Muted);
  }
  if (link >= 0) {
    const int32_t hit = add_hit(HitKind::Link, link, box.x, box.y, box.x + box.w, box.y + box.h);
    for (size_t k = first_item; k < out.items.size(); ++k) out.items[k].hit = hit;
  }
  out.images.push_back(box);
  y += box.h;
  gap(m().gap);
}

}  // namespace clinic::view

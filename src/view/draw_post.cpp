#include "draw_post.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "view_input.h"

namespace clinic::view {
namespace {

// Bold and italic faces: the bold face is real; italics are the regular face
// slanted by shearing the glyph quads ImGui just emitted (no italic face exists
// for Hangul fonts, and Korean typography rarely uses one).
void draw_text(ImDrawList* draw, const ViewFonts& fonts, const PostLayout& layout, const DrawItem& item, ImVec2 pos,
               ImU32 color, bool underline) {
  ImFont* font = fonts.face(item.flags & item_flags::kBold);
  const char* begin = layout.text.data() + item.text_begin;
  const char* end = layout.text.data() + item.text_end;
  const int first_vertex = draw->VtxBuffer.Size;
  draw->AddText(font, item.size, pos, color, begin, end);
  ImFontBaked* baked = font->GetFontBaked(item.size);
  const float baseline = pos.y + (baked ? baked->Ascent : item.size * 0.8f);
  if (item.flags & item_flags::kItalic) {
    for (int v = first_vertex; v < draw->VtxBuffer.Size; ++v) {
      ImDrawVert& vertex = draw->VtxBuffer[v];
      vertex.pos.x += (baseline - vertex.pos.y) * 0.2f;
    }
  }
  const float thickness = std::max(1.0f, std::round(item.size / 14.0f));
  if (underline || (item.flags & item_flags::kUnderline)) {
    const float y = std::round(baseline + thickness * 1.5f);
    draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + item.w, y), color, thickness);
  }
  if (item.flags & item_flags::kStrike) {
    const float y = std::round(pos.y + item.size * 0.55f);
    draw->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + item.w, y), color, thickness);
  }
}

void draw_item(ImDrawList* draw, const ViewFonts& fonts, const PostLayout& layout, const Palette& palette,
               const DrawItem& item, float scroll, int hovered, const ImageTable* images) {
  const bool hover = item.hit >= 0 && item.hit == hovered;
  ImU32 color = palette[item.color];
  if (hover && item.color == ColorRole::RowBackground) color = palette[ColorRole::RowHover];
  if (hover && item.kind == ItemKind::RectOutline) color = palette[ColorRole::Accent];
  const ImVec2 p0(item.x, item.y - scroll), p1(item.x + item.w, item.y - scroll + item.h);
  switch (item.kind) {
    case ItemKind::Text: {
      const bool link = hover && layout.hits[size_t(item.hit)].kind == HitKind::Link;
      draw_text(draw, fonts, layout, item, p0, color, link);
      break;
    }
    case ItemKind::Rect: draw->AddRectFilled(p0, p1, color, item.size); break;
    case ItemKind::RectOutline: draw->AddRect(p0, p1, color, item.size, 0, 1.0f); break;
    case ItemKind::Line: draw->AddLine(p0, p1, color, item.size); break;
    case ItemKind::Circle:
      draw->AddCircleFilled(ImVec2((p0.x + p1.x) * 0.5f, (p0.y + p1.y) * 0.5f), item.w * 0.5f, color, 32);
      break;
    case ItemKind::Image: {
      const ImageEntry* entry = images ? images->find(item.image) : nullptr;
      if (entry && entry->status == ImageStatus::Ready) draw->AddImage(ImTextureRef(ImTextureID(entry->texture)), p0, p1);
      break;
    }
    case ItemKind::Chevron: {
      const bool open = item.flags & item_flags::kOpen;
      const float top = p0.y + item.h * (open ? 0.68f : 0.32f), bottom = p0.y + item.h * (open ? 0.32f : 0.68f);
      const ImVec2 points[] = {ImVec2(p0.x, top), ImVec2(p0.x + item.w * 0.5f, bottom), ImVec2(p1.x, top)};
      draw->AddPolyline(points, 3, hover ? palette[ColorRole::Accent] : color, ImDrawFlags_None, item.size);
      break;
    }
  }
}

}  // namespace

FrameResult draw_post(const Post& post, ViewState& state, const ViewFonts& fonts, LayoutCache& cache,
                      const ImageTable* images) {
  FrameResult result;
  const Palette palette = palette_for(state.theme, state.accent, state.more_contrast);
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->AddRectFilled(ImVec2(0, 0), ImVec2(state.viewport_width, state.viewport_height), palette[ColorRole::Background]);
  if (!fonts.ready()) return result;

  const ImGuiIO& io = ImGui::GetIO();
  result.wants_another_frame = advance_animations(state, io.DeltaTime);
  // Input first, against the current layout; a change lays out again before drawing.
  const PostLayout* layout = &cache.get(post, state, fonts, images);
  const bool pointer_inside = io.MousePos.x >= 0 && io.MousePos.y >= 0 && io.MousePos.x < state.viewport_width &&
                              io.MousePos.y < state.viewport_height;
  const ImVec2 pointer(io.MousePos.x, io.MousePos.y + state.scroll_y);
  int hovered = pointer_inside ? layout->hit_at(pointer.x, pointer.y) : -1;
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) state.pressed = hovered;
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (state.pressed >= 0 && state.pressed == hovered) {
      const HitRegion region = layout->hits[size_t(hovered)];
      Activation a = activate(*layout, hovered, state);
      result.open_link = std::move(a.open_link);
      result.state_changed = a.state_changed;
      // The clicked control takes the (invisible) focus, so Enter/Space act on it next.
      const auto it = std::find(layout->focus_order.begin(), layout->focus_order.end(), int32_t(hovered));
      if (it != layout->focus_order.end()) state.focus = int(it - layout->focus_order.begin());
      if (a.state_changed) {
        result.wants_another_frame = true;  // the answer starts to move next frame
        layout = &cache.get(post, state, fonts, images);
        hovered = pointer_inside ? layout->hit_at(pointer.x, pointer.y) : -1;
      }
      (void)region;
    }
    state.pressed = -1;
  }
  if (hovered >= 0) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const HitRegion& r = layout->hits[size_t(hovered)];
    if (r.kind == HitKind::Link && r.index < int(layout->links.size())) result.hovered_link = layout->links[size_t(r.index)];
  }

  // The visible items only: the post is long, the viewport short.
  const float top = state.scroll_y - 8.0f, bottom = state.scroll_y + state.viewport_height + 8.0f;
  const YIndex::Range near = layout->items_near(top, bottom);
  for (size_t i = near.begin; i < near.end; ++i) {
    const DrawItem& item = layout->items[i];
    if (item_bottom(item) < top || item_top(item) > bottom) continue;
    const bool clipped = item.clip_y < item.y + std::max(item.h, item.size);
    if (clipped) draw->PushClipRect(ImVec2(0, 0), ImVec2(state.viewport_width, item.clip_y - state.scroll_y), true);
    draw_item(draw, fonts, *layout, palette, item, state.scroll_y, hovered, images);
    if (clipped) draw->PopClipRect();
  }
  if (state.focus_visible && state.focus >= 0 && state.focus < int(layout->focus_order.size())) {
    const HitRegion& r = layout->hits[size_t(layout->focus_order[size_t(state.focus)])];
    draw->AddRect(ImVec2(r.x0 - 3, r.y0 - 3 - state.scroll_y), ImVec2(r.x1 + 3, r.y1 + 3 - state.scroll_y),
                  palette[ColorRole::Accent], 12.0f, 0, 2.0f);
  }
  // A thin reading-progress bar along the top of the viewport.
  const float scrollable = layout->height - state.viewport_height;
  if (scrollable > 1.0f) {
    const float progress = std::clamp(state.scroll_y / scrollable, 0.0f, 1.0f);
    draw->AddRectFilled(ImVec2(0, 0), ImVec2(state.viewport_width * progress, 3.0f), palette[ColorRole::Accent]);
  }
  result.content_height = layout->height;
  return result;
}

}  // namespace clinic::view

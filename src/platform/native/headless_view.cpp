#include "headless_view.h"

#include <algorithm>

#include "core/utf8.h"
#include "font_files.h"
#include "view/view_frame.h"
#include "view/view_input.h"

namespace clinic::native {

view::ViewState state_for(const Post& post, float width, float font_scale, std::vector<uint8_t> open) {
  view::ViewState state;
  view::reset_for_post(post, state);
  for (size_t i = 0; i < open.size() && i < state.qa_open.size(); ++i) state.qa_open[i] = open[i];
  state.qa_reveal.assign(state.qa_open.begin(), state.qa_open.end());
  state.reduce_motion = true;
  state.viewport_width = width;
  state.font_scale = font_scale;
  return state;
}

HeadlessView::HeadlessView(const char* font_dir) : font_dir_(font_dir ? font_dir : default_font_dir()) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  load_glyph_files(font_dir_, glyphs_, nullptr, error_);
  fonts_ = glyphs_.fonts();
}

HeadlessView::~HeadlessView() { ImGui::DestroyContext(context_); }

void HeadlessView::use_post(const Post& post) {
  ImGui::SetCurrentContext(context_);
  load_glyph_files(font_dir_, glyphs_, &post, error_);  // the chunks this post needs
  fonts_ = glyphs_.fonts();
  cache_.invalidate();
}

void HeadlessView::begin_frame(const view::ViewState& state) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(state.viewport_width, state.viewport_height);
  io.DeltaTime = 1.0f / 60.0f;
  view::set_font_density(fonts_, state.device_pixel_ratio);
  view::begin_view_frame();
}

ImDrawData* HeadlessView::end_frame() {
  return view::end_view_frame();
}

ImDrawData* HeadlessView::frame(const Post& post, view::ViewState& state) {
  begin_frame(state);
  view::draw_post(post, state, fonts_, cache_);
  return end_frame();
}

HeadlessView::Frame HeadlessView::draw(const Post& post, view::ViewState state) {
  use_post(post);
  state.viewport_height = 600.0f;
  frame(post, state);
  state.viewport_height = std::max(cache_.layout.height, 1.0f);
  const ImDrawData* data = frame(post, state);

  Frame out;
  out.layout = cache_.layout;
  out.glyphs = glyph_quads(*data);
  for (const ImDrawList* list : data->CmdLists) out.vertices += size_t(list->VtxBuffer.Size);
  return out;
}

size_t HeadlessView::glyphs_of(const view::PostLayout& layout, const view::DrawItem& item) {
  ImGui::SetCurrentContext(context_);
  ImFontBaked* baked = fonts_.face(item.flags & view::item_flags::kBold)->GetFontBaked(item.size);
  const std::string text = item_text(layout, item);
  size_t count = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if (cp == '\n' || cp == '\r') continue;
    const ImFontGlyph* glyph = baked->FindGlyph(static_cast<ImWchar>(cp));
    count += glyph != nullptr && glyph->Visible;
  }
  return count;
}

std::vector<char32_t> HeadlessView::undrawn_in(const view::PostLayout& layout, const view::DrawItem& item) {
  ImGui::SetCurrentContext(context_);
  ImFontBaked* baked = fonts_.face(item.flags & view::item_flags::kBold)->GetFontBaked(item.size);
  const std::string text = item_text(layout, item);
  std::vector<char32_t> out;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = utf8::next(text, i);
    if (baked->FindGlyphNoFallback(static_cast<ImWchar>(cp)) == nullptr) out.push_back(cp);
  }
  return out;
}

std::string item_text(const view::PostLayout& layout, const view::DrawItem& item) {
  return layout.text.substr(item.text_begin, item.text_end - item.text_begin);
}

std::vector<GlyphQuad> glyph_quads(const ImDrawData& data) {
  std::vector<GlyphQuad> out;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  for (const ImDrawList* list : data.CmdLists) {
    const ImVector<ImDrawVert>& v = list->VtxBuffer;
    for (int i = 0; i < v.Size;) {
      if (v[i].uv.x == white.x && v[i].uv.y == white.y) {
        ++i;
        continue;
      }
      GlyphQuad q{v[i].pos.x, v[i].pos.y, v[i].pos.x, v[i].pos.y};
      for (int k = i; k < i + 4 && k < v.Size; ++k) {
        q.x0 = std::min(q.x0, v[k].pos.x), q.x1 = std::max(q.x1, v[k].pos.x);
        q.y0 = std::min(q.y0, v[k].pos.y), q.y1 = std::max(q.y1, v[k].pos.y);
      }
      out.push_back(q);
      i += 4;
    }
  }
  return out;
}

}  // namespace clinic::native

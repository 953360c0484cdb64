#include "view_test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "core/utf8.h"
#include "platform/native/font_files.h"
#include "view/view_input.h"

namespace clinic::view_test {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Post sample_post(const std::string& lang) {
  return parse_post(read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia." + lang + ".md"));
}

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

HeadlessView::HeadlessView() {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  native::load_glyph_files(CLINIC_READER_FONT_DIR, glyphs_, nullptr, error_);
  fonts_ = glyphs_.fonts();
}

HeadlessView::~HeadlessView() { ImGui::DestroyContext(context_); }

void HeadlessView::frame(const Post& post, view::ViewState& state) {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(state.viewport_width, state.viewport_height);
  io.DeltaTime = 1.0f / 60.0f;
  view::set_font_density(fonts_, state.device_pixel_ratio);
  ImGui::NewFrame();
  view::draw_post(post, state, fonts_, cache_);
  ImGui::Render();
}

HeadlessView::Frame HeadlessView::draw(const Post& post, view::ViewState state) {
  ImGui::SetCurrentContext(context_);
  native::load_glyph_files(CLINIC_READER_FONT_DIR, glyphs_, &post, error_);  // the chunks this post needs
  fonts_ = glyphs_.fonts();
  cache_.invalidate();
  state.viewport_height = 600.0f;
  frame(post, state);
  state.viewport_height = std::max(cache_.layout.height, 1.0f);
  frame(post, state);

  Frame out;
  out.layout = cache_.layout;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  for (const ImDrawList* list : ImGui::GetDrawData()->CmdLists) {
    const ImVector<ImDrawVert>& v = list->VtxBuffer;
    out.vertices += size_t(v.Size);
    // ImGui writes a glyph as four consecutive vertices with its UVs; every
    // other shape here samples the atlas's white pixel.
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
      out.glyphs.push_back(q);
      i += 4;
    }
  }
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

const view::HitRegion* question_row(const view::PostLayout& layout, int index) {
  for (const view::HitRegion& hit : layout.hits) {
    if (hit.kind == view::HitKind::QaRow && hit.index == index) return &hit;
  }
  return nullptr;
}

}  // namespace clinic::view_test

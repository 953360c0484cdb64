#include "view_fonts.h"

#include <imgui.h>

#include <cstdio>
#include <initializer_list>

namespace clinic::view {

bool add_font(ViewFonts& fonts, FontFace face, void* data, int size) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = true;  // the atlas frees `data` with IM_FREE
  config.Flags |= ImFontFlags_NoLoadError;
  config.OversampleH = 1;  // 1.92 rasterises at the device density; no oversampling needed
  config.OversampleV = 1;
  std::snprintf(config.Name, sizeof config.Name, "%s", face == FontFace::Bold ? "Bold" : "Regular");
  ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, size, 0.0f, &config);
  if (font == nullptr) return false;  // the atlas has freed `data` already
  (face == FontFace::Bold ? fonts.bold : fonts.regular) = font;
  return true;
}

void set_font_density(ViewFonts& fonts, float device_pixel_ratio) {
  for (ImFont* font : {fonts.regular, fonts.bold}) {
    if (font != nullptr) font->CurrentRasterizerDensity = device_pixel_ratio;
  }
}

}  // namespace clinic::view

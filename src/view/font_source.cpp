#include "font_source.h"

#include <cstdio>

namespace clinic::view {

ImFontLoader make_font_loader(const FontSourceCallbacks& callbacks) {
  ImFontLoader l;
  l.Name = callbacks.name;
  l.FontSrcInit = callbacks.init;
  l.FontSrcDestroy = callbacks.destroy;
  l.FontSrcContainsGlyph = callbacks.contains;
  l.FontBakedInit = callbacks.baked_init;
  l.FontBakedLoadGlyph = callbacks.load_glyph;
  return l;
}

bool add_font_source(ImFontAtlas* atlas, const ImFontLoader& loader, const void* handle, size_t handle_size, bool merge,
                     const char* name) {
  ImFontConfig config;
  config.FontLoader = &loader;
  config.FontData = const_cast<void*>(handle);
  config.FontDataSize = int(handle_size);
  config.FontDataOwnedByAtlas = false;  // ImGui copies it
  config.MergeMode = merge;
  std::snprintf(config.Name, sizeof config.Name, "%s", name);
  return atlas->AddFont(&config) != nullptr;
}

}  // namespace clinic::view

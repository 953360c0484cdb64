// Our own ImGui 1.92 font sources (the emoji sprites, the device's faces): the
// loader's callbacks, and a source added with a small handle as its "font
// data" (ImGui copies the handle when the font is added and frees its copy).
#pragma once

#include <imgui.h>
#include <imgui_internal.h>  // ImFontLoader

#include <cstddef>

namespace clinic::view {

struct FontSourceCallbacks {
  const char* name;
  bool (*init)(ImFontAtlas*, ImFontConfig*);
  void (*destroy)(ImFontAtlas*, ImFontConfig*);
  bool (*contains)(ImFontAtlas*, ImFontConfig*, ImWchar);
  bool (*baked_init)(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*);
  bool (*load_glyph)(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*, ImWchar, ImFontGlyph*, float*);
};

ImFontLoader make_font_loader(const FontSourceCallbacks& callbacks);

// Adds a source read by `loader`, its data a copy of `handle`; with `merge`, into
// the font added last. `name` shows in ImGui's tools.
bool add_font_source(ImFontAtlas* atlas, const ImFontLoader& loader, const void* handle, size_t handle_size, bool merge,
                     const char* name);

}  // namespace clinic::view

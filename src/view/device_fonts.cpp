#include "device_fonts.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImFontLoader, ImFontAtlasPackAddRect, ImFontAtlasBakedSetFontGlyphBitmap

#include <cmath>
#include <string>
#include <unordered_map>

#include "core/utf8.h"
#include "emoji_atlas.h"
#include "emoji_segmentation.h"
#include "font_source.h"

namespace clinic::view {
namespace {

struct Source {
  DeviceFonts* device = nullptr;
  bool bold = false;
  std::unordered_map<ImWchar, bool> draws;  // the device's answers, asked once per character
};

// What ImGui copies as the source's "font data" (see add_device_source).
struct SourceHandle {
  DeviceFonts* device;
  bool bold;
};

Source* source_of(ImFontConfig* src) { return static_cast<Source*>(src->FontLoaderData); }

// The characters a glyph stands for: an emoji glyph is a whole sequence.
std::string text_of(ImWchar cp) {
  // (the page tries it with VS16 too where a face needs that for the emoji style)
  if (is_emoji_glyph(cp)) return emoji_sequence_text(int(cp - kEmojiGlyphBase));
  std::string out;
  utf8::append(out, cp);
  return out;
}

bool source_init(ImFontAtlas*, ImFontConfig* src) {
  const auto* handle = static_cast<const SourceHandle*>(src->FontData);
  auto* source = new Source;
  source->device = handle->device;
  source->bold = handle->bold;
  src->FontLoaderData = source;
  return true;
}

void source_destroy(ImFontAtlas*, ImFontConfig* src) {
  delete source_of(src);
  src->FontLoaderData = nullptr;
}

bool contains(ImFontAtlas*, ImFontConfig* src, ImWchar cp) {
  Source* s = source_of(src);
  const auto found = s->draws.find(cp);
  if (found != s->draws.end()) return found->second;
  const bool draws = s->device->draws(s->bold, is_emoji_glyph(cp), text_of(cp));
  s->draws.emplace(cp, draws);
  return draws;
}

bool baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
  // Layout asks only for advances (measureText); the bitmaps are made when drawn,
  // all the glyphs measured so far in one batch (device_fonts.js).
  baked->LoadNoRenderOnLayout = true;
  if (!src->MergeMode) {  // the first source owns the font's vertical metrics
    float ascent = 0.0f, descent = 0.0f;
    source_of(src)->device->metrics(source_of(src)->bold, baked->Size, ascent, descent);
    // The layout sets a line's glyphs from the top of an em box centred in the
    // line (layout_post.cpp); CSS centres ascent + descent instead. This ascent
    // puts the baseline where the browser's own layout of the same line puts it,
    // so the canvas's lines sit where the HTML article's and the text layer's do.
    const float size = baked->Size;
    baked->Ascent = (size + ascent - descent) * 0.5f;
    baked->Descent = baked->Ascent - std::max(size, ascent + descent);
  }
  return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar cp, ImFontGlyph* out_glyph,
                float* out_advance_x) {
  if (!contains(atlas, src, cp)) return false;
  Source* s = source_of(src);
  const bool emoji = is_emoji_glyph(cp);
  const std::string text = text_of(cp);
  const float size = baked->Size;
  // Emoji sit in the box the bundled sprites use (emoji_atlas.h): the layout does not depend on the device.
  const float advance = emoji ? std::round(kEmojiMetrics.advance * size) : s->device->advance(s->bold, text, size);
  if (out_advance_x != nullptr) {
    *out_advance_x = advance;
    return true;
  }
  out_glyph->Codepoint = cp;
  out_glyph->AdvanceX = advance;
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  DeviceBitmap bitmap;
  const float raster_size = emoji ? std::max(1.0f, std::round(kEmojiMetrics.box * size * density)) : size * density;
  if (!s->device->rasterize(s->bold, emoji, text, raster_size, bitmap) || bitmap.width <= 0 || bitmap.height <= 0 ||
      bitmap.pixels.size() < size_t(bitmap.width) * size_t(bitmap.height) * (bitmap.color ? 4 : 1)) {
    return true;  // nothing to draw (a space), but the advance stands
  }
  const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, bitmap.width, bitmap.height);
  if (pack_id == ImFontAtlasRectId_Invalid) return false;
  ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
  const float w = float(bitmap.width) / density, h = float(bitmap.height) / density;
  if (emoji) {  // centred in its box, as emoji_atlas.cpp places a sprite
    const auto snap = [density](float v) { return std::round(v * density) / density; };
    out_glyph->X0 = snap((advance - w) * 0.5f);
    out_glyph->Y0 = snap(std::round(baked->Ascent) - kEmojiMetrics.centre * size - h * 0.5f);
  } else {
    out_glyph->X0 = bitmap.left / density;
    out_glyph->Y0 = std::round(baked->Ascent) - bitmap.top / density;
  }
  out_glyph->X1 = out_glyph->X0 + w;
  out_glyph->Y1 = out_glyph->Y0 + h;
  out_glyph->Visible = true;
  out_glyph->Colored = bitmap.color;
  out_glyph->PackId = pack_id;
  ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, bitmap.pixels.data(),
                                     bitmap.color ? ImTextureFormat_RGBA32 : ImTextureFormat_Alpha8,
                                     bitmap.width * (bitmap.color ? 4 : 1));
  return true;
}

const ImFontLoader& loader() {
  static const ImFontLoader instance =
      make_font_loader({"clinic-reader device fonts", source_init, source_destroy, contains, baked_init, load_glyph});
  return instance;
}

}  // namespace

bool add_device_source(ImFontAtlas* atlas, DeviceFonts* device, bool bold, bool merge) {
  const SourceHandle handle{device, bold};
  return add_font_source(atlas, loader(), &handle, sizeof handle, merge, bold ? "Device bold" : "Device regular");
}

}  // namespace clinic::view

#include "emoji_atlas.h"

#include <imgui.h>
#include <imgui_internal.h>  // ImFontLoader, ImFontAtlasPackAddRect, ImFontAtlasBakedSetFontGlyphBitmap
#include <stb_image.h>

#include <algorithm>
#include <cmath>

#include "emoji_segmentation.h"
#include "font_source.h"

namespace clinic::view {
namespace {

// One axis of a resampling: for each output pixel, the source pixels and
// weights that make it (a box over its footprint when shrinking, a tent when
// growing), weights summing to 1.
struct Taps {
  std::vector<int> first, count;
  std::vector<float> weights;  // count[i] weights per output pixel, concatenated
};

Taps taps_for(int source, int target) {
  Taps t;
  const float scale = float(source) / float(target);
  for (int i = 0; i < target; ++i) {
    const size_t start = t.weights.size();
    int first = 0;
    if (scale >= 1.0f) {
      const float a = float(i) * scale, b = a + scale;
      first = int(std::floor(a));
      for (int s = first; s < int(std::ceil(b)) && s < source; ++s) {
        t.weights.push_back(std::min(b, float(s + 1)) - std::max(a, float(s)));
      }
    } else {
      const float centre = (float(i) + 0.5f) * scale - 0.5f;
      first = std::clamp(int(std::floor(centre)), 0, source - 1);
      const float f = std::clamp(centre - float(first), 0.0f, 1.0f);
      t.weights.push_back(1.0f - f);
      if (first + 1 < source) t.weights.push_back(f);
    }
    float sum = 0.0f;
    for (size_t k = start; k < t.weights.size(); ++k) sum += t.weights[k];
    for (size_t k = start; k < t.weights.size(); ++k) t.weights[k] /= sum;
    t.first.push_back(first);
    t.count.push_back(int(t.weights.size() - start));
  }
  return t;
}

// --- the ImGui font source -------------------------------------------------

struct SourceHandle {
  const EmojiAtlas* atlas;
};

const EmojiAtlas* atlas_of(ImFontConfig* src) { return static_cast<const EmojiAtlas*>(src->FontLoaderData); }

bool source_init(ImFontAtlas*, ImFontConfig* src) {
  src->FontLoaderData = const_cast<EmojiAtlas*>(static_cast<const SourceHandle*>(src->FontData)->atlas);
  return true;
}

void source_destroy(ImFontAtlas*, ImFontConfig* src) { src->FontLoaderData = nullptr; }

bool contains(ImFontAtlas*, ImFontConfig* src, ImWchar cp) {
  return is_emoji_glyph(cp) && atlas_of(src)->has(int(cp - kEmojiGlyphBase));
}

bool baked_init(ImFontAtlas*, ImFontConfig*, ImFontBaked*, void*) { return true; }

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar cp, ImFontGlyph* out_glyph,
                float* out_advance_x) {
  if (!contains(atlas, src, cp)) return false;
  const float size = baked->Size;
  const float advance = std::round(kEmojiMetrics.advance * size);
  if (out_advance_x != nullptr) {
    *out_advance_x = advance;
    return true;
  }
  const float density = src->RasterizerDensity * baked->RasterizerDensity;
  const int pixels = std::max(1, int(std::lround(kEmojiMetrics.box * size * density)));
  const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, pixels, pixels);
  if (pack_id == ImFontAtlasRectId_Invalid) return false;
  ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
  ImVector<unsigned char>& buffer = atlas->Builder->TempBuffer;
  buffer.resize(pixels * pixels * 4);
  atlas_of(src)->render(int(cp - kEmojiGlyphBase), pixels, buffer.Data);

  // Positions in font pixels from the text's top-left, on the device pixel grid.
  const float box = float(pixels) / density;
  const auto snap = [density](float v) { return std::round(v * density) / density; };
  out_glyph->Codepoint = cp;
  out_glyph->AdvanceX = advance;
  out_glyph->X0 = snap((advance - box) * 0.5f);
  out_glyph->Y0 = snap(std::round(baked->Ascent) - kEmojiMetrics.centre * size - box * 0.5f);
  out_glyph->X1 = out_glyph->X0 + box;
  out_glyph->Y1 = out_glyph->Y0 + box;
  out_glyph->Visible = true;
  out_glyph->Colored = true;  // drawn in its own colours, not the text's
  out_glyph->PackId = pack_id;
  ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, buffer.Data, ImTextureFormat_RGBA32, pixels * 4);
  return true;
}

const ImFontLoader& loader() {
  static const ImFontLoader instance =
      make_font_loader({"clinic-reader emoji sprites", source_init, source_destroy, contains, baked_init, load_glyph});
  return instance;
}

}  // namespace

bool EmojiAtlas::add_sheet(const void* png, size_t size, int cell, const std::vector<int>& sprites, std::string& error) {
  int width = 0, height = 0, channels = 0;
  stbi_uc* pixels = stbi_load_from_memory(static_cast<const stbi_uc*>(png), int(size), &width, &height, &channels, 4);
  if (pixels == nullptr) {
    error = std::string("not a PNG sprite sheet: ") + stbi_failure_reason();
    return false;
  }
  Sheet sheet;
  sheet.width = width;
  sheet.height = height;
  sheet.cell = cell;
  sheet.rgba.assign(pixels, pixels + size_t(width) * size_t(height) * 4);
  stbi_image_free(pixels);
  const int columns = cell > 0 ? width / cell : 0;
  if (columns == 0 || size_t(columns) * size_t(height / cell) < sprites.size()) {
    error = "the sprite sheet is smaller than the sprites it should hold";
    return false;
  }
  const int32_t index = int32_t(sheets_.size());
  sheets_.push_back(std::move(sheet));
  for (size_t i = 0; i < sprites.size(); ++i) {
    const int sprite = sprites[i];
    if (sprite < 0 || sprite >= emoji_sprite_count()) continue;
    if (where_.size() <= size_t(sprite)) where_.resize(size_t(sprite) + 1, -1);
    where_[size_t(sprite)] = index << 16 | int32_t(i);
  }
  return true;
}

void EmojiAtlas::render(int sprite, int pixels, uint8_t* out) const {
  const Sheet& sheet = sheets_[size_t(where_[size_t(sprite)] >> 16)];
  const int cell_index = where_[size_t(sprite)] & 0xFFFF, columns = sheet.width / sheet.cell;
  const int x0 = (cell_index % columns) * sheet.cell, y0 = (cell_index / columns) * sheet.cell;
  const int n = sheet.cell;
  const Taps taps = taps_for(n, pixels);
  // Premultiplied, so transparent pixels lend no colour to their neighbours.
  std::vector<float> rows(size_t(n) * size_t(pixels) * 4);  // horizontal pass: n rows × pixels columns
  for (int y = 0; y < n; ++y) {
    const uint8_t* line = sheet.rgba.data() + (size_t(y0 + y) * size_t(sheet.width) + size_t(x0)) * 4;
    size_t w = 0;
    for (int x = 0; x < pixels; ++x) {
      float acc[4] = {0, 0, 0, 0};
      for (int k = 0; k < taps.count[size_t(x)]; ++k) {
        const uint8_t* p = line + size_t(taps.first[size_t(x)] + k) * 4;
        const float weight = taps.weights[w + size_t(k)] * float(p[3]) / 255.0f;
        for (int c = 0; c < 3; ++c) acc[c] += weight * float(p[c]);
        acc[3] += taps.weights[w + size_t(k)] * float(p[3]);
      }
      w += size_t(taps.count[size_t(x)]);
      std::copy(acc, acc + 4, &rows[(size_t(y) * size_t(pixels) + size_t(x)) * 4]);
    }
  }
  size_t w = 0;
  for (int y = 0; y < pixels; ++y) {
    for (int x = 0; x < pixels; ++x) {
      float acc[4] = {0, 0, 0, 0};
      for (int k = 0; k < taps.count[size_t(y)]; ++k) {
        const float* p = &rows[(size_t(taps.first[size_t(y)] + k) * size_t(pixels) + size_t(x)) * 4];
        for (int c = 0; c < 4; ++c) acc[c] += taps.weights[w + size_t(k)] * p[c];
      }
      uint8_t* o = out + (size_t(y) * size_t(pixels) + size_t(x)) * 4;
      const float alpha = acc[3];
      for (int c = 0; c < 3; ++c) {
        o[c] = alpha > 0.0f ? uint8_t(std::clamp(std::lround(acc[c] * 255.0f / alpha), 0L, 255L)) : 0;
      }
      o[3] = uint8_t(std::clamp(std::lround(alpha), 0L, 255L));
    }
    w += size_t(taps.count[size_t(y)]);
  }
}

bool merge_emoji_source(ImFontAtlas* font_atlas, const EmojiAtlas& atlas) {
  const SourceHandle handle{&atlas};  // the source's "font data": a handle to the atlas
  return add_font_source(font_atlas, loader(), &handle, sizeof handle, true, "Emoji");
}

}  // namespace clinic::view

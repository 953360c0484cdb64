// Emoji drawn from pre-rendered sprite sheets (PNG, made at build time by
// assets/fonts/emoji_atlas.py), through an ImGui 1.92 font source of our own:
// an emoji is one private-use glyph (emoji_segmentation.h) merged into each text
// face, rasterised per size and density from its 64 px sprite like any glyph,
// so measuring, wrapping and drawing treat it as a character. The same PNGs,
// decoded by the same code (stb_image), serve the browser and native renders.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

struct ImFontAtlas;

namespace clinic::view {

// Where an emoji sits in a line, in ems of the font size it is set in: a box
// a little larger than the em (as colour emoji fonts draw them), centred on
// the middle of a Hangul syllable, with a little space either side.
struct EmojiMetrics {
  float box = 1.12f;      // the sprite's side
  float advance = 1.24f;  // the pen moves this far
  float centre = 0.38f;   // the box's centre above the baseline
};
inline constexpr EmojiMetrics kEmojiMetrics{};

class EmojiAtlas {
 public:
  // Decodes a PNG sheet whose `cell`-pixel cells hold `sprites`, row-major.
  // False (with `error`) when it is not a PNG or too small for the sprites.
  bool add_sheet(const void* png, size_t size, int cell, const std::vector<int>& sprites, std::string& error);
  bool has(int sprite) const { return sprite >= 0 && size_t(sprite) < where_.size() && where_[size_t(sprite)] >= 0; }
  size_t sheet_count() const { return sheets_.size(); }

  // Sprite `sprite` resampled to `pixels` × `pixels` straight-alpha RGBA
  // (area average when shrinking, bilinear when growing) into `out`.
  void render(int sprite, int pixels, uint8_t* out) const;

 private:
  struct Sheet {
    int width = 0, height = 0, cell = 0;
    std::vector<uint8_t> rgba;
  };
  std::vector<Sheet> sheets_;
  std::vector<int32_t> where_;  // per sprite: sheet << 16 | cell index, or -1
};

// Merges a font source that draws emoji glyphs from `atlas` into the font
// `font_atlas` added last (ImGui's MergeMode). `atlas` must outlive that font.
bool merge_emoji_source(ImFontAtlas* font_atlas, const EmojiAtlas& atlas);

}  // namespace clinic::view

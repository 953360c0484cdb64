// Glyphs from the device's own fonts, rasterised on demand by the platform (in
// the browser: Canvas 2D's text engine, web/platform glue), through an ImGui 1.92
// font source of our own. Every phone has a Korean face and a colour emoji face;
// drawing with them costs no download (the bundled Noto subsets and emoji sheets
// are then only the fallback for what the device lacks) and matches the page's
// own text. The native harness never sets one: its renders stay deterministic.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

struct ImFontAtlas;

namespace clinic::view {

// A rasterised glyph: `width` x `height` device pixels, placed `left` pixels
// right of the pen and `top` pixels above the baseline; alpha coverage (one
// byte a pixel) or, for colour emoji, straight-alpha RGBA.
struct DeviceBitmap {
  int width = 0, height = 0;
  float left = 0.0f, top = 0.0f;
  bool color = false;
  std::vector<uint8_t> pixels;
};

// What the platform provides. Text is one character or one emoji sequence,
// UTF-8; sizes are in pixels (device pixels for bitmaps, CSS pixels for advances).
class DeviceFonts {
 public:
  virtual ~DeviceFonts() = default;
  // The face's ascent and descent (both positive) at `size` pixels.
  virtual void metrics(bool bold, float size, float& ascent, float& descent) = 0;
  // Whether the device has a real glyph for `text` (not a missing-glyph box).
  virtual bool draws(bool bold, bool emoji, std::string_view text) = 0;
  virtual float advance(bool bold, std::string_view text, float size) = 0;
  // `text` at `size` device pixels; an emoji fitted in a `size`-pixel square.
  virtual bool rasterize(bool bold, bool emoji, std::string_view text, float size, DeviceBitmap& out) = 0;
};

// Adds (or, with `merge`, merges into the font added last) a font source that
// draws with `device`; `device` must outlive the font.
bool add_device_source(ImFontAtlas* atlas, DeviceFonts* device, bool bold, bool merge);

}  // namespace clinic::view

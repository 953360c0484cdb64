// view::DeviceFonts in the browser: the glyphs rasterised by Canvas 2D's text
// engine in the device's own faces (device_fonts.js, in the Emscripten glue).
#pragma once

#include "view/device_fonts.h"

namespace clinic::web {

class BrowserFonts final : public view::DeviceFonts {
 public:
  BrowserFonts();  // hands the view's font-family lists to the page's rasteriser
  void metrics(bool bold, float size, float& ascent, float& descent) override;
  bool draws(bool bold, bool emoji, std::string_view text) override;
  float advance(bool bold, std::string_view text, float size) override;
  bool rasterize(bool bold, bool emoji, std::string_view text, float size, view::DeviceBitmap& out) override;
  // The frame's device pixel ratio: the glyphs measured for layout are
  // rasterised together, at this density, when the first of them is drawn.
  static void set_density(float density);
};

}  // namespace clinic::web

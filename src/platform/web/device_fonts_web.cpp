#include "device_fonts_web.h"

#include <emscripten.h>

#include <string>

#include "view/theme.h"

namespace clinic::web {
namespace {

// Each call goes to Module.clinicDeviceFonts (device_fonts.js).
EM_JS(void, js_init, (const char* family, const char* emoji_family), {
  Module.clinicDeviceFonts.init(UTF8ToString(family), UTF8ToString(emoji_family));
});
EM_JS(void, js_density, (float density), { Module.clinicDeviceFonts.density = density; });
EM_JS(void, js_metrics, (int bold, float size, float* out), {
  const m = Module.clinicDeviceFonts.metrics(bold, size);
  HEAPF32[out >> 2] = m[0];
  HEAPF32[(out >> 2) + 1] = m[1];
});
EM_JS(int, js_draws, (int bold, int emoji, const char* text, int length), {
  return Module.clinicDeviceFonts.draws(bold, emoji, UTF8ToString(text, length)) ? 1 : 0;
});
EM_JS(float, js_advance, (int bold, const char* text, int length, float size), {
  return Module.clinicDeviceFonts.advance(bold, UTF8ToString(text, length), size);
});
// Rasterises; writes width, height, left, top, colour into info; returns the pixels' byte count.
EM_JS(int, js_rasterize, (int bold, int emoji, const char* text, int length, float size, float* info), {
  const glyph = Module.clinicDeviceFonts.rasterize(bold, emoji, UTF8ToString(text, length), size);
  if (!glyph) return 0;
  HEAPF32[info >> 2] = glyph.width;
  HEAPF32[(info >> 2) + 1] = glyph.height;
  HEAPF32[(info >> 2) + 2] = glyph.left;
  HEAPF32[(info >> 2) + 3] = glyph.top;
  HEAPF32[(info >> 2) + 4] = glyph.color ? 1 : 0;
  Module.clinicDeviceFonts.last = glyph.pixels;
  return glyph.pixels.length;
});
EM_JS(void, js_copy_last, (uint8_t* to), { HEAPU8.set(Module.clinicDeviceFonts.last, to); });

}  // namespace

BrowserFonts::BrowserFonts() { js_init(view::kDeviceFontFamily, view::kDeviceEmojiFamily); }

void BrowserFonts::set_density(float density) { js_density(density); }

void BrowserFonts::metrics(bool bold, float size, float& ascent, float& descent) {
  float out[2] = {size * 0.9f, size * 0.25f};
  js_metrics(bold ? 1 : 0, size, out);
  ascent = out[0];
  descent = out[1];
}

bool BrowserFonts::draws(bool bold, bool emoji, std::string_view text) {
  return js_draws(bold ? 1 : 0, emoji ? 1 : 0, text.data(), int(text.size())) == 1;
}

float BrowserFonts::advance(bool bold, std::string_view text, float size) {
  return js_advance(bold ? 1 : 0, text.data(), int(text.size()), size);
}

bool BrowserFonts::rasterize(bool bold, bool emoji, std::string_view text, float size, view::DeviceBitmap& out) {
  float info[5] = {};
  const int bytes = js_rasterize(bold ? 1 : 0, emoji ? 1 : 0, text.data(), int(text.size()), size, info);
  if (bytes <= 0) return false;
  out.width = int(info[0]);
  out.height = int(info[1]);
  out.left = info[2];
  out.top = info[3];
  out.color = info[4] != 0.0f;
  out.pixels.resize(size_t(bytes));
  js_copy_last(out.pixels.data());
  return true;
}

}  // namespace clinic::web

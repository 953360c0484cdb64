#include "theme.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace clinic::view {
namespace {

// ImGui packs colours as ABGR in a uint32 (IM_COL32); we write 0xRRGGBB.
constexpr uint32_t rgb(uint32_t hex, uint32_t alpha = 255) {
  return (alpha << 24) | ((hex & 0xFF) << 16) | (hex & 0xFF00) | ((hex >> 16) & 0xFF);
}

uint32_t mix(uint32_t a_hex, uint32_t b_hex, float t) {
  uint32_t out = 0;
  for (int shift = 0; shift <= 16; shift += 8) {
    const float a = float((a_hex >> shift) & 0xFF), b = float((b_hex >> shift) & 0xFF);
    out |= uint32_t(std::clamp(a + (b - a) * t, 0.0f, 255.0f) + 0.5f) << shift;
  }
  return out;
}

// WCAG relative luminance (linear light), to choose readable text on the accent.
float luminance(uint32_t hex) {
  const auto linear = [](uint32_t channel) {
    const float c = float(channel & 0xFF) / 255.0f;
    return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
  };
  return 0.2126f * linear(hex >> 16) + 0.7152f * linear(hex >> 8) + 0.0722f * linear(hex);
}

float contrast(uint32_t a, uint32_t b) {
  const float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

// White or near-black, whichever contrasts more with `background`.
uint32_t text_on(uint32_t background) {
  const float l = luminance(background);
  const float with_white = 1.05f / (l + 0.05f), with_black = (l + 0.05f) / (luminance(0x111111) + 0.05f);
  return with_white >= with_black ? 0xFFFFFF : 0x111111;
}

struct Base {
  uint32_t background, text, muted, heading, link, code_background, rule;
};

Base base_of(Theme theme, bool more_contrast) {
  Base base;
  switch (theme) {
    case Theme::Dark: base = {0x15181C, 0xE4E6EA, 0x9AA1AB, 0xF4F5F7, 0x7DB8F7, 0x23272E, 0x343A43}; break;
    case Theme::Sepia: base = {0xF6EFDF, 0x3B3126, 0x7A6B58, 0x2A2119, 0x1F5E9E, 0xEBE1CB, 0xD9CCB2}; break;
    default: base = {0xFFFFFF, 0x1F2328, 0x626A73, 0x111418, 0x0B5CB8, 0xF2F4F6, 0xE1E4E8}; break;
  }
  if (more_contrast) {
    const uint32_t ink = theme == Theme::Dark ? 0xFFFFFF : 0x000000;
    base.text = base.heading = ink;
    base.muted = mix(base.background, ink, 0.85f);
    base.rule = mix(base.background, ink, 0.6f);
    base.link = theme == Theme::Dark ? 0xA8D4FF : 0x003F8A;
  }
  return base;
}

// The accent as drawn: on a dark background a deep accent is too dim and is
// lifted towards white; with more contrast it moves towards the ink until it
// has 4.5:1 against the background.
uint32_t accent_shown(Theme theme, uint32_t accent, bool more_contrast, const Base& base) {
  const bool dark = theme == Theme::Dark;
  uint32_t shown = dark && luminance(accent) < 0.2f ? mix(accent, 0xFFFFFF, 0.35f) : accent;
  for (int step = 0; more_contrast && step < 10 && contrast(shown, base.background) < 4.5f; ++step) {
    shown = mix(shown, base.text, 0.2f);
  }
  return shown;
}

}  // namespace

const std::vector<ColorRecipe>& color_recipes() {
  using R = ColorRole;
  static const std::vector<ColorRecipe> recipes = {
      {R::QuoteBackground, R::Background, R::Accent, 0.07f, 0.14f},
      {R::WarningBackground, R::Background, R::WarningBar, 0.12f, 0.16f},
      {R::RowBackground, R::Background, R::Text, 0.035f, 0.06f},
      {R::RowHover, R::Background, R::Accent, 0.09f, 0.18f},
      {R::CardBackground, R::Background, R::Accent, 0.04f, 0.08f},
      {R::CardBorder, R::Background, R::Accent, 0.25f, 0.35f},
  };
  return recipes;
}

uint32_t palette_rgb(Theme theme, ColorRole role, uint32_t accent, bool more_contrast) {
  const Base base = base_of(theme, more_contrast);
  const bool dark = theme == Theme::Dark;
  const uint32_t shown = accent_shown(theme, accent, more_contrast, base);
  switch (role) {
    case ColorRole::Background: return base.background;
    case ColorRole::Text: return base.text;
    case ColorRole::Muted: return base.muted;
    case ColorRole::Heading: return base.heading;
    case ColorRole::Link: return base.link;
    case ColorRole::Accent: case ColorRole::QuoteBar: return shown;
    case ColorRole::AccentText: return text_on(shown);
    case ColorRole::CodeText: return dark ? 0xF0B8B8 : 0xB3261E;
    case ColorRole::CodeBackground: return base.code_background;
    case ColorRole::WarningBar: return dark ? 0xE0A526 : 0xC98A00;
    case ColorRole::Rule: return base.rule;
    default: break;
  }
  for (const ColorRecipe& r : color_recipes()) {
    if (r.role == role) {
      return mix(palette_rgb(theme, r.from, accent, more_contrast), palette_rgb(theme, r.towards, accent, more_contrast),
                 dark ? r.dark : r.light);
    }
  }
  return 0;
}

Palette palette_for(Theme theme, uint32_t accent, bool more_contrast) {
  Palette p;
  for (int role = 0; role < static_cast<int>(ColorRole::Count); ++role) {
    p.colors[role] = rgb(palette_rgb(theme, static_cast<ColorRole>(role), accent, more_contrast));
  }
  return p;
}

std::string_view theme_name(Theme theme) {
  switch (theme) {
    case Theme::Dark: return "dark";
    case Theme::Sepia: return "sepia";
    default: return "light";
  }
}

bool theme_from_name(std::string_view name, Theme& out) {
  if (name == "light") out = Theme::Light;
  else if (name == "dark") out = Theme::Dark;
  else if (name == "sepia") out = Theme::Sepia;
  else return false;
  return true;
}

}  // namespace clinic::view

// prefers-contrast: more: the palette's text and accent against its background
// meet WCAG's enhanced (7:1) and minimum (4.5:1) contrast, in every theme and
// with accents a clinic might choose; the contrast is higher than the normal palette's.
#include <gtest/gtest.h>

#include <cmath>

#include "view/theme.h"

namespace clinic {
namespace {

// WCAG 2 relative luminance of an ImU32 (ABGR) colour, written here from the spec.
double luminance(uint32_t abgr) {
  const auto channel = [](uint32_t v) {
    const double c = double(v & 0xFF) / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(abgr) + 0.7152 * channel(abgr >> 8) + 0.0722 * channel(abgr >> 16);
}

double contrast(uint32_t a, uint32_t b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(ThemeContrast, MoreContrastMeetsWcagInEveryTheme) {
  using view::ColorRole;
  for (view::Theme theme : {view::Theme::Light, view::Theme::Dark, view::Theme::Sepia}) {
    for (uint32_t accent : {view::kDefaultAccent, 0x9A3412u, 0xF5C2E7u, 0x2563EBu, 0x84CC16u}) {
      SCOPED_TRACE(std::string(view::theme_name(theme)) + " accent " + std::to_string(accent));
      const view::Palette normal = view::palette_for(theme, accent, false);
      const view::Palette more = view::palette_for(theme, accent, true);
      const uint32_t bg = more[ColorRole::Background];
      EXPECT_GE(contrast(more[ColorRole::Text], bg), 7.0);
      EXPECT_GE(contrast(more[ColorRole::Heading], bg), 7.0);
      EXPECT_GE(contrast(more[ColorRole::Link], bg), 7.0);
      EXPECT_GE(contrast(more[ColorRole::Muted], bg), 4.5);
      EXPECT_GE(contrast(more[ColorRole::Accent], bg), 4.5);
      EXPECT_GE(contrast(more[ColorRole::AccentText], more[ColorRole::Accent]), 4.5);
      EXPECT_GT(contrast(more[ColorRole::Text], bg), contrast(normal[ColorRole::Text], normal[ColorRole::Background]));
      EXPECT_GT(contrast(more[ColorRole::Muted], bg), contrast(normal[ColorRole::Muted], normal[ColorRole::Background]));
    }
  }
}

}  // namespace
}  // namespace clinic

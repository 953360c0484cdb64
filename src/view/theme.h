// The reader's colours: one palette per theme, the single source of truth for
// every colour the view draws. Items refer to colours by role, so a theme or
// accent change redraws without a new layout.
#pragma once

#include <cstdint>
#include <string_view>

namespace clinic::view {

enum class Theme : uint8_t { Light, Dark, Sepia };

enum class ColorRole : uint8_t {
  Background,
  Text,
  Muted,        // byline, reading time, captions
  Heading,
  Link,
  Accent,       // progress bar, badges, focus ring, Q&A markers
  AccentText,   // text on the accent colour
  CodeText,
  CodeBackground,
  QuoteBackground,
  QuoteBar,
  WarningBackground,
  WarningBar,
  Rule,         // thematic breaks, borders
  RowBackground,  // a Q&A row
  RowHover,
  CardBackground,
  CardBorder,
  Count
};

struct Palette {
  uint32_t colors[static_cast<int>(ColorRole::Count)] = {};  // ImU32, ABGR
  uint32_t operator[](ColorRole role) const { return colors[static_cast<int>(role)]; }
};

// The clinic's default accent (a calm teal); 0xRRGGBB.
inline constexpr uint32_t kDefaultAccent = 0x0F766E;

// `more_contrast` (the system's prefers-contrast: more): text at full black or
// white, muted text and borders darker, the accent adjusted to at least 4.5:1.
Palette palette_for(Theme theme, uint32_t accent_rgb = kDefaultAccent, bool more_contrast = false);

std::string_view theme_name(Theme theme);
// "light", "dark" or "sepia"; false for anything else.
bool theme_from_name(std::string_view name, Theme& out);

}  // namespace clinic::view

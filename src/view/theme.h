// The reader's colours: one palette per theme, the single source of truth for
// every colour the view draws. Items refer to colours by role, so a theme or
// accent change redraws without a new layout.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

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

// The type scale, the spacing and the column, in ems of the body size (17 px
// times the reader's text scale). The canvas's layout and the HTML renditions
// (theme_css.h, article_css.h) both take them from here, so that a pre-rendered
// article and the canvas that replaces it put each line in the same place.
struct QaMetrics {
  float controls_size = 0.85f;  // the expand/collapse-all control's text
  float controls_pad_x = 0.9f, controls_pad_y = 0.45f;  // in ems of that text
  float controls_after = 0.7f;
  float pad = 0.8f;             // inside a question's row
  float line = 1.55f;           // a question's line height
  float number_gap = 0.6f;      // after "Q1", and before the chevron
  float chevron = 0.75f;
  float answer_before = 0.8f, answer_after = 0.4f;
  float bar_before = 0.6f;      // from the row's bottom to the answer's bar
  float between = 0.6f;         // between two questions
  float row_radius_px = 10.0f;
};

struct CardMetrics {
  float gutter = 0.9f;          // between cards, across and down
  float pad = 1.0f, pad_three_columns = 0.85f;
  float badge = 1.8f;           // the number's circle
  float badge_gap = 0.7f;       // between the badge and the text
  float text = 0.95f, line = 1.6f;
  float two_columns = 22.0f, three_columns = 34.0f;  // the grid's width from which it has 2, 3 columns
  float after = 1.5f;
  float radius_px = 12.0f;
};

struct Typography {
  float body_px = 17.0f;
  float line = 1.75f;          // body text's line height
  float top = 2.5f;            // above the title
  float bottom = 4.0f;         // below the post's last block
  float title = 1.85f;         // the post's title
  float title_line = 1.35f;
  float title_after = 0.6f;
  float heading[7] = {1.0f, 1.6f, 1.38f, 1.18f, 1.05f, 1.0f, 1.0f};  // by level (h1 other than the title, h2, ...)
  float heading_line = 1.4f;
  float heading_before[2] = {2.2f, 1.6f};  // space above a level 1-2 heading, and a deeper one
  float heading_after = 0.65f;
  float byline = 0.88f;
  float byline_line = 1.6f;
  float rule_before = 1.0f;    // from the byline to the rule under the header
  float header_after = 1.6f;   // below that rule
  float paragraph_gap = 1.0f;  // between blocks
  float boxed_after = 1.2f;    // below a quote, a code block or a table
  float list_item_gap = 0.35f; // between a tight list's items
  float bullet_gutter = 1.3f, emoji_bullet_gutter = 1.8f;
  float number_gap = 0.6f;     // after an ordered list's widest number
  float quote_pad = 0.95f;
  float quote_bar_px = 4.0f;
  float code = 0.88f, code_line = 1.5f, code_pad = 0.8f;
  float table = 0.94f, table_line = 1.5f, cell_pad = 0.5f;
  float break_around = 1.5f;   // above and below a thematic break
  float column = 40.0f;        // the widest reading column: about 70 Latin characters, 40 Hangul syllables
  float side_margin_px = 20.0f;       // on a phone
  float wide_side_margin_px = 32.0f;  // from 600 px
  float wide_from_px = 600.0f;
  QaMetrics qa{};
  CardMetrics card{};
};
inline constexpr Typography kType{};

// The device's faces (device_fonts.h), as a CSS font-family list: the system
// sans-serif of each platform, with its Korean face, then a colour emoji face
// for emoji. The HTML renditions and the text layer use the same list.
inline constexpr const char* kDeviceFontFamily =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Apple SD Gothic Neo\", \"Noto Sans KR\", "
    "\"Noto Sans CJK KR\", \"Malgun Gothic\", sans-serif";
inline constexpr const char* kDeviceEmojiFamily =
    "\"Apple Color Emoji\", \"Segoe UI Emoji\", \"Noto Color Emoji\", sans-serif";

// One role's colour as 0xRRGGBB (palette_for packs them for ImGui).
uint32_t palette_rgb(Theme theme, ColorRole role, uint32_t accent_rgb = kDefaultAccent, bool more_contrast = false);

// The roles made by mixing two others (sRGB, `from` towards `towards` by the
// theme's share): theme_css.h writes them as color-mix() so that a page's own
// accent mixes the same way.
struct ColorRecipe {
  ColorRole role, from, towards;
  float light, dark;  // the share of `towards` in the light and sepia themes, and in the dark
};
const std::vector<ColorRecipe>& color_recipes();

std::string_view theme_name(Theme theme);
// "light", "dark" or "sepia"; false for anything else.
bool theme_from_name(std::string_view name, Theme& out);

}  // namespace clinic::view

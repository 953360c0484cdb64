// The HTML renditions' theme is the canvas's: every colour the view draws
// with appears, as the same hex, in the CSS the view writes for HTML; mixed
// roles are color-mix() of the roles the palette mixes.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "view/theme.h"
#include "view/theme_css.h"

namespace clinic {
namespace {

// An ImU32 (ABGR, as the canvas draws) as "#rrggbb".
std::string css_hex(uint32_t abgr) {
  char out[8];
  std::snprintf(out, sizeof out, "#%02x%02x%02x", abgr & 0xFF, (abgr >> 8) & 0xFF, (abgr >> 16) & 0xFF);
  return out;
}

TEST(ThemeCss, TheHtmlColoursAreTheCanvasColours) {
  using view::ColorRole;
  const std::pair<ColorRole, const char*> plain[] = {
      {ColorRole::Background, "background"}, {ColorRole::Text, "text"}, {ColorRole::Muted, "muted"},
      {ColorRole::Heading, "heading"},       {ColorRole::Link, "link"}, {ColorRole::Accent, "accent"},
      {ColorRole::Rule, "rule"},             {ColorRole::CodeBackground, "code-background"}};
  for (view::Theme theme : {view::Theme::Light, view::Theme::Dark, view::Theme::Sepia}) {
    for (bool more : {false, true}) {
      const view::Palette palette = view::palette_for(theme, view::kDefaultAccent, more);
      const std::string css = view::theme_declarations(theme, more);
      for (const auto& [role, name] : plain) {
        const std::string declaration = std::string("--cr-") + name + ":" + css_hex(palette[role]) + ";";
        EXPECT_NE(css.find(declaration), std::string::npos) << view::theme_name(theme) << (more ? "+contrast " : " ") << declaration;
      }
      const std::string card = theme == view::Theme::Dark ? "8%" : "4%";
      EXPECT_NE(css.find("--cr-card-background:color-mix(in srgb,var(--cr-accent) " + card + ",var(--cr-background));"),
                std::string::npos);
    }
  }
}

TEST(ThemeCss, TheTypeScaleIsTheLayouts) {
  const std::string css = view::type_declarations();
  EXPECT_NE(css.find("--cr-body:17px;"), std::string::npos);
  EXPECT_NE(css.find("--cr-line:1.75;"), std::string::npos);
  EXPECT_NE(css.find("--cr-title:1.85em;"), std::string::npos);
  EXPECT_NE(css.find("--cr-h2:1.38em;"), std::string::npos);
  EXPECT_NE(css.find("--cr-column:40em;"), std::string::npos);
}

TEST(ThemeCss, ThePageFollowsDarkAndContrastPreferences) {
  const std::string css = view::page_theme_css();
  EXPECT_EQ(css.rfind(":root{", 0), 0u);
  EXPECT_NE(css.find("@media (prefers-color-scheme:dark){:root{--cr-background:#15181c;"), std::string::npos);
  EXPECT_NE(css.find("@media (prefers-contrast:more){:root{--cr-background:#ffffff;--cr-text:#000000;"), std::string::npos);
}

}  // namespace
}  // namespace clinic

#include "theme_css.h"

#include <cstdio>

#include "article_css.h"
#include "core/json_writer.h"
#include "ui_words.h"

namespace clinic::view {
namespace {

constexpr const char* kRoleNames[] = {
    "background", "text", "muted", "heading", "link", "accent", "accent-text", "code-text", "code-background",
    "quote-background", "quote-bar", "warning-background", "warning-bar", "rule", "row-background", "row-hover",
    "card-background", "card-border"};
static_assert(sizeof kRoleNames / sizeof *kRoleNames == static_cast<size_t>(ColorRole::Count));

const char* name_of(ColorRole role) { return kRoleNames[static_cast<int>(role)]; }

std::string hex(uint32_t rgb) {
  char out[8];
  std::snprintf(out, sizeof out, "#%06x", rgb & 0xFFFFFFu);
  return out;
}

std::string number(float value) {
  char out[32];
  std::snprintf(out, sizeof out, "%g", double(value));
  return out;
}

const ColorRecipe* recipe_of(ColorRole role) {
  for (const ColorRecipe& r : color_recipes()) {
    if (r.role == role) return &r;
  }
  return nullptr;
}

}  // namespace

std::string theme_colors(Theme theme, bool more_contrast) {
  std::string out;
  for (int i = 0; i < static_cast<int>(ColorRole::Count); ++i) {
    const auto role = static_cast<ColorRole>(i);
    if (recipe_of(role) != nullptr) continue;
    out += "--cr-" + std::string(name_of(role)) + ':' + hex(palette_rgb(theme, role, kDefaultAccent, more_contrast)) + ';';
  }
  out += theme == Theme::Dark ? "color-scheme:dark;" : "color-scheme:light;";
  return out;
}

std::string theme_mixes(bool dark) {
  std::string out;
  for (const ColorRecipe& r : color_recipes()) {
    out += "--cr-" + std::string(name_of(r.role)) + ":color-mix(in srgb,var(--cr-" + name_of(r.towards) + ") " +
           number((dark ? r.dark : r.light) * 100.0f) + "%,var(--cr-" + name_of(r.from) + "));";
  }
  return out;
}

std::string theme_declarations(Theme theme, bool more_contrast) {
  return theme_colors(theme, more_contrast) + theme_mixes(theme == Theme::Dark);
}

std::string type_declarations() {
  std::string out = "--cr-body:" + number(kType.body_px) + "px;--cr-body-scale:" + number(kType.body_px / 16.0f) +
                    ";--cr-line:" + number(kType.line) +
                    ";--cr-title:" + number(kType.title) + "em;--cr-title-line:" + number(kType.title_line) +
                    ";--cr-heading-line:" + number(kType.heading_line) + ";--cr-byline:" + number(kType.byline) +
                    "em;--cr-gap:" + number(kType.paragraph_gap) + "em;--cr-column:" + number(kType.column) +
                    "em;--cr-margin:" + number(kType.side_margin_px) + "px;--cr-wide-margin:" +
                    number(kType.wide_side_margin_px) + "px;";
  for (int level = 1; level <= 4; ++level) {
    out += "--cr-h" + std::to_string(level) + ':' + number(kType.heading[level]) + "em;";
  }
  out += "--cr-font:" + std::string(kDeviceFontFamily) + ";--cr-emoji-font:" + kDeviceEmojiFamily + ';';
  out += "--cr-heading-before:" + number(kType.heading_before[0]) + "em;--cr-subheading-before:" +
         number(kType.heading_before[1]) + "em;--cr-heading-after:" + number(kType.heading_after) + "em;";
  return out;
}

std::string page_theme_css() {
  return ":root{" + type_declarations() + theme_declarations(Theme::Light, false) + "}" +
         "@media (prefers-color-scheme:dark){:root{" + theme_declarations(Theme::Dark, false) + "}}" +
         "@media (prefers-contrast:more){:root{" + theme_declarations(Theme::Light, true) + "}}" +
         "@media (prefers-contrast:more) and (prefers-color-scheme:dark){:root{" + theme_declarations(Theme::Dark, true) +
         "}}";
}

std::string standalone_page_css() { return page_theme_css() + article_css("article.clinic-post"); }

std::string element_page_css() {
  const std::string host = "clinic-reader";
  const auto theme = [&](const char* selector, Theme t, bool more) {
    return std::string(selector) + '{' + theme_declarations(t, more) + '}';
  };
  std::string out = host + "{display:block;font-size:medium;background:var(--cr-background);color:var(--cr-text);" +
                    type_declarations() + theme_declarations(Theme::Light, false) + '}';
  out += theme("clinic-reader[theme=dark]", Theme::Dark, false) + theme("clinic-reader[theme=sepia]", Theme::Sepia, false);
  out += "@media (prefers-color-scheme:dark){" + theme("clinic-reader[theme=auto]", Theme::Dark, false) + '}';
  out += "@media (prefers-contrast:more){" + theme("clinic-reader", Theme::Light, true) +
         theme("clinic-reader[theme=dark]", Theme::Dark, true) + theme("clinic-reader[theme=sepia]", Theme::Sepia, true) + '}';
  out += "@media (prefers-contrast:more) and (prefers-color-scheme:dark){" +
         theme("clinic-reader[theme=auto]", Theme::Dark, true) + '}';
  return out + article_css("clinic-reader > article.clinic-post");
}

std::string theme_json() {
  std::string out = "{";
  const auto field = [&out](const std::string& name, const std::string& value) {
    if (out.size() > 1) out += ',';
    json::append_string(out, name);
    out += ':';
    json::append_string(out, value);
  };
  for (Theme theme : {Theme::Light, Theme::Dark, Theme::Sepia}) {
    for (bool more : {false, true}) field(std::string(theme_name(theme)) + (more ? "-contrast" : ""), theme_colors(theme, more));
  }
  field("mix", theme_mixes(false));
  field("mix-dark", theme_mixes(true));
  field("type", type_declarations());
  field("article", article_css("&"));
  out += ",\"words\":{";
  for (const char* lang : {"en", "ko"}) {
    const UiWords& words = ui_words(lang);
    if (lang[0] == 'k') out += ',';
    json::append_string(out, lang);
    out += ":{\"expand\":";
    json::append_string(out, words.expand_all);
    out += ",\"collapse\":";
    json::append_string(out, words.collapse_all);
    out += '}';
  }
  out += '}';
  field("page", element_page_css());
  return out + "}";
}

}  // namespace clinic::view

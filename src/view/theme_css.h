// The theme (theme.h) as CSS, for the HTML renditions: the element's fallback,
// its printed and translated article, a pre-rendered article, the standalone
// page. Colours become custom properties named after their roles
// (--cr-background, --cr-text, --cr-card-border, ...); a mixed role is written
// as color-mix() of its two roles, so a page's own --cr-accent mixes as the
// canvas mixes it. The type scale becomes --cr-line, --cr-title, --cr-h2, ...
#pragma once

#include <string>

#include "theme.h"

namespace clinic::view {

// "--cr-background:#ffffff;--cr-text:#1f2328;...": one theme's colours, with the default accent.
std::string theme_declarations(Theme theme, bool more_contrast);
// The same in two parts: the roles of their own, and the mixed ones (the same
// in every theme but the dark one).
std::string theme_colors(Theme theme, bool more_contrast);
std::string theme_mixes(bool dark);
// "--cr-body:17px;--cr-line:1.75;--cr-title:1.85em;...".
std::string type_declarations();
// A stylesheet for a page of its own: the light theme, the dark one under
// prefers-color-scheme: dark, both with more contrast under prefers-contrast: more.
std::string page_theme_css();
// The standalone page's styles (`clinic-reader html --standalone`, and the npm
// package's articleHtml(…, {standalone: true})): page_theme_css() and the
// article typeset like the canvas (article_css.h).
std::string standalone_page_css();
// The stylesheet a page links (dist/clinic-reader.css) when it pre-renders the
// article inside <clinic-reader>: the element's box, theme and the article's
// typography from the first paint, before the loader has run, the same as the
// element then gives them (so that nothing moves when it does).
std::string element_page_css();
// What the loader takes from the view, as JSON: every theme, {"light": colours,
// "dark": ..., "sepia": ..., "light-contrast": ..., "mix": mixed roles, "mix-dark": ...},
// "type": the type variables, "article": article_css() with "&" for the article,
// "words": {"en": {"expand": ..., "collapse": ...}, "ko": ...} (ui_words.h), and
// "page": element_page_css(). web/assemble.py builds them into the loader and dist/.
std::string theme_json();

}  // namespace clinic::view

// The core's HTML article typeset like the canvas: the same type scale, spacing,
// column and margins (theme.h's kType), so that a pre-rendered article and the
// canvas that replaces it put each line in the same place, and the element's
// other HTML renditions (no-WebGL fallback, print, translated page, forced
// colours, the standalone page) look like the reader.
//
// Lengths are in ems of each element's own size, worked out from the body size,
// and rounded to whole pixels with CSS round() where the browser has it, as the
// canvas rounds them (a browser without round() gets the unrounded length).
// The colours and the type variables come from theme_css.h's custom properties.
#pragma once

#include <string>
#include <string_view>

namespace clinic::view {

// Every rule is scoped to `article`, a selector for the article element
// (e.g. "clinic-reader > article.clinic-post"); "&" stands for it in the
// rules theme_json() carries to the loader.
std::string article_css(std::string_view article);

}  // namespace clinic::view

// The reader's fonts from disk: the files the web build ships in dist/fonts,
// listed by the manifest the font recipe writes (fonts.txt: one "FACE FILE"
// line per face; assets/fonts/subset_fonts.py is the one place that list is made).
#pragma once

#include <string>

#include "view/view_fonts.h"

namespace clinic::native {

// The folder the build made the fonts in (build/<preset>/fonts).
const char* default_font_dir();

// Reads `dir`/fonts.txt and adds every face it lists to the current ImGui
// context's atlas. False with `error` set when the manifest or a font is
// missing or unreadable, or names a face the view does not know.
bool load_font_files(const std::string& dir, view::ViewFonts& fonts, std::string& error);

}  // namespace clinic::native

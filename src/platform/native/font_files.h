// The reader's glyph files from disk: the files the web build ships in
// dist/fonts, listed by fonts.txt (assets/fonts/build_glyphs.py writes it;
// src/view/glyph_manifest.h describes it). The same files, loaded by the same
// view::FontSet the browser uses: a native render draws what the browser draws.
#pragma once

#include <string>

#include "core/post_model.h"
#include "view/font_set.h"

namespace clinic::native {

// The folder the build made the glyph files in (build/<preset>/fonts).
const char* default_font_dir();

// Reads `dir`/fonts.txt into `glyphs` (once) and loads the files it wants: those
// loaded at start, then every chunk `post` (when given) needs, until none is
// wanted; updates the ImGui fonts (the current ImGui context's atlas). False
// with `error` set when the manifest or a file is missing or unreadable.
bool load_glyph_files(const std::string& dir, view::FontSet& glyphs, const Post* post, std::string& error);

}  // namespace clinic::native

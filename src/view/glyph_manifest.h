// fonts.txt: the list of the reader's glyph files (written by
// assets/fonts/build_glyphs.py) and what each one holds. One line per file:
//
//   emoji-data VERSION COUNT      the emoji data the sprites are numbered by
//   regular FILE | bold FILE      a text face's base subset, loaded at start
//   regular+ FILE SPANS           the rest of a face, in chunks: loaded when a
//   bold+ FILE SPANS                post needs a code point in SPANS ("AC00-B70F,...")
//                                   that no loaded part of the face has
//   emoji FILE CELL SPRITES       a sprite sheet loaded at start (the emoji of
//                                   the bundled posts): CELL-pixel cells holding
//                                   SPRITES in order ("3-7,111,...")
//   emoji+ FILE CELL SPRITES      a sheet of the complete set, loaded when a
//                                   post needs one of its sprites
//
// '#' starts a comment line. FILE is relative to the manifest's folder.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinic::view {

struct GlyphFile {
  enum class Kind { Face, FaceChunk, EmojiSheet, EmojiChunk };
  Kind kind = Kind::Face;
  bool bold = false;  // Face, FaceChunk: which face
  std::string name;
  std::vector<std::pair<char32_t, char32_t>> spans;  // FaceChunk: inclusive code point spans
  int cell = 0;                                      // Emoji*: cell size in pixels
  std::vector<int> sprites;                          // Emoji*: the sprite in each cell
  bool at_start() const { return kind == Kind::Face || kind == Kind::EmojiSheet; }
  bool covers(char32_t cp) const;
};

struct GlyphManifest {
  std::string emoji_version;
  int emoji_count = 0;
  std::vector<GlyphFile> files;
};

// False with `error` naming the line when the text is not a manifest.
bool parse_glyph_manifest(std::string_view text, GlyphManifest& out, std::string& error);

}  // namespace clinic::view

// Whether the reader can draw a character: the lint rule `undrawable-character`.
//
// The built-in rule knows only what no font draws: U+FFFD (a character lost
// before it reached us), control characters, private-use code points,
// noncharacters, and code points Unicode has not assigned (approximated by the
// large unassigned ranges: planes 4-13, the tails of planes 2, 3 and 14). The
// fonts the widget ships know more; when their coverage is available, pass it
// as a GlyphCoverage and every other visible character is checked against it.
#pragma once

#include <string_view>

namespace clinic {

// The fonts' coverage, md4c-style: a callback and the data it reads. Empty: no
// coverage data, every assigned visible character counts as drawable.
struct GlyphCoverage {
  bool (*has_glyph)(char32_t cp, const void* fonts) = nullptr;
  const void* fonts = nullptr;
};

enum class Undrawable : uint8_t {
  No,            // drawable (or needs no glyph of its own: joiners, variation selectors, keycap marks)
  Replacement,   // U+FFFD
  Control,       // C0/C1 controls other than tab and line feed
  PrivateUse,
  Noncharacter,
  Unassigned,
  NotInFonts,    // assigned, but no shipped font has it (needs GlyphCoverage)
};

Undrawable undrawable_reason(char32_t cp, const GlyphCoverage& coverage = {});

// "a replacement character (U+FFFD)", "a private-use character", ...
std::string_view undrawable_description(Undrawable reason);

}  // namespace clinic

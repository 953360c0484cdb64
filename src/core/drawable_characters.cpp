#include "drawable_characters.h"

#include <iterator>

namespace clinic {
namespace {

struct Range {
  char32_t first;
  char32_t last;
};

// Unassigned as of Unicode 15.1, the large ranges only (see the header).
constexpr Range kUnassigned[] = {
    {0x2A6E0, 0x2A6FF}, {0x2EE60, 0x2F7FF}, {0x2FA20, 0x2FFFF},  // plane 2 gaps
    {0x3134B, 0x3134F}, {0x323B0, 0x3FFFF},                      // plane 3 tail
    {0x40000, 0xDFFFF},                                          // planes 4-13
    {0xE0000, 0xE0000}, {0xE0002, 0xE001F}, {0xE0080, 0xE00FF}, {0xE01F0, 0xEFFFF},  // plane 14 gaps
};

bool in(const Range* begin, const Range* end, char32_t cp) {
  for (const Range* r = begin; r != end; ++r) {
    if (cp >= r->first && cp <= r->last) return true;
  }
  return false;
}

// Characters drawn as part of their neighbours, never on their own.
bool needs_no_glyph(char32_t cp) {
  return cp == '\t' || cp == '\n' || cp == 0x200C || cp == 0x200D || cp == 0x20E3 || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0xE0020 && cp <= 0xE007F) || cp == 0xE0001;
}

}  // namespace

Undrawable undrawable_reason(char32_t cp, const GlyphCoverage& coverage) {
  if (needs_no_glyph(cp)) return Undrawable::No;
  if (cp == 0xFFFD) return Undrawable::Replacement;
  if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) return Undrawable::Control;
  if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
    return (cp & 0xFFFE) == 0xFFFE ? Undrawable::Noncharacter : Undrawable::PrivateUse;
  }
  if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) return Undrawable::Noncharacter;
  if (in(std::begin(kUnassigned), std::end(kUnassigned), cp)) return Undrawable::Unassigned;
  if (coverage.has_glyph && !coverage.has_glyph(cp, coverage.fonts)) return Undrawable::NotInFonts;
  return Undrawable::No;
}

std::string_view undrawable_description(Undrawable reason) {
  switch (reason) {
    case Undrawable::Replacement: return "a replacement character (U+FFFD): a character was lost before this file was written";
    case Undrawable::Control: return "a control character";
    case Undrawable::PrivateUse: return "a private-use character (only one particular font knows it)";
    case Undrawable::Noncharacter: return "a Unicode noncharacter";
    case Undrawable::Unassigned: return "a code point Unicode has not assigned";
    case Undrawable::NotInFonts: return "a character none of the reader's fonts has";
    default: return "a drawable character";
  }
}

}  // namespace clinic

#include "missing_glyphs.h"

#include <imgui.h>

#include "core/utf8.h"
#include "glyph_text.h"
#include "line_breaking.h"

namespace clinic::view {
namespace {

bool is_sequence_continuation(char32_t cp) {
  return cp == 0xFE0E || cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) ||
         (cp >= 0xE0020 && cp <= 0xE007F);
}

bool has_glyph(const ViewFonts& fonts, char32_t cp) {
  return fonts.regular != nullptr && fonts.regular->IsGlyphInFont(static_cast<ImWchar>(cp));
}

}  // namespace

bool is_pictographic(char32_t cp) {
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         (cp >= 0x2300 && cp <= 0x23FF) || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
}

bool can_draw(std::string_view text, const ViewFonts& fonts) {
  const std::string s = glyph_string(text, fonts);  // emoji sequences as their glyphs
  for (size_t i = 0; i < s.size();) {
    const char32_t cp = utf8::next(s, i);
    if (!is_invisible(cp) && !has_glyph(fonts, cp)) return false;
  }
  return true;
}

StyledText without_missing_emoji(const StyledText& text, const ViewFonts& fonts) {
  const std::string_view s = text.text;
  // Quick exit: most paragraphs have no emoji at all.
  bool any = false;
  for (size_t i = 0; i < s.size() && !any;) {
    const char32_t cp = utf8::next(s, i);
    any = is_pictographic(cp) || is_sequence_continuation(cp) || (cp >= 0x20D0 && cp <= 0x20FF);
  }
  if (!any) return text;

  StyledText out;
  for (const StyleRun& run : text.runs) {
    std::string kept;
    size_t i = run.begin;
    bool skip_space = false;
    while (i < run.end) {
      const size_t start = i;
      const char32_t cp = utf8::next(s, i);
      if (skip_space && cp == ' ') {
        skip_space = false;
        continue;
      }
      skip_space = false;
      if (is_pictographic(cp) && !has_glyph(fonts, cp)) {
        // The whole sequence goes: modifiers, selectors, and ZWJ-joined parts.
        while (i < run.end) {
          size_t j = i;
          const char32_t next = utf8::next(s, j);
          if (is_sequence_continuation(next)) {
            i = j;
          } else if (next == 0x200D && j < run.end) {
            utf8::next(s, j);
            i = j;
          } else {
            break;
          }
        }
        // One space goes with it, so "💡 Title" reads "Title".
        skip_space = kept.empty() ? out.text.empty() || out.text.back() == ' ' : kept.back() == ' ';
        continue;
      }
      // A keycap's or a combining mark's missing parts: the base character stays.
      if ((is_sequence_continuation(cp) || (cp >= 0x20D0 && cp <= 0x20FF)) && !has_glyph(fonts, cp)) continue;
      kept.append(s, start, i - start);
    }
    append_run(out, kept, run.style, run.link);
  }
  return out;
}

}  // namespace clinic::view

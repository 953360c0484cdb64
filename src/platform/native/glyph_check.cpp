#include "glyph_check.h"

#include <imgui.h>

#include <cstdio>
#include "core/utf8.h"
#include "view/glyph_coverage.h"

namespace clinic::native {

std::vector<MissingCodepoint> missing_codepoints(const Post& post, const view::FontSet& glyphs) {
  std::vector<MissingCodepoint> out;
  for (const view::MissingGlyph& m : view::missing_glyphs(post, glyphs)) {
    MissingCodepoint c;
    c.cp = m.codepoint;
    c.count = m.count;
    const Undrawable reason = undrawable_reason(m.codepoint);
    c.reason = reason == Undrawable::No ? Undrawable::NotInFonts : reason;
    out.push_back(c);
  }
  return out;
}

std::string describe_missing(const std::vector<MissingCodepoint>& missing) {
  std::string out;
  for (const MissingCodepoint& m : missing) {
    char head[48];
    std::snprintf(head, sizeof head, "U+%04X  ", unsigned(m.cp));
    out += head;
    // The character itself, unless printing it would garble the terminal.
    if (m.reason == Undrawable::NotInFonts || m.reason == Undrawable::PrivateUse) utf8::append(out, m.cp);
    else out += "-";
    std::snprintf(head, sizeof head, "  %u×  ", m.count);
    out += head;
    out += undrawable_description(m.reason);
    out += '\n';
  }
  return out;
}

}  // namespace clinic::native

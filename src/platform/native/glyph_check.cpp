#include "glyph_check.h"

#include <imgui.h>

#include <cstdio>
#include <map>
#include <string_view>

#include "core/utf8.h"
#include "view/line_breaking.h"
#include "view/reading_time.h"
#include "view/ui_words.h"

namespace clinic::native {
namespace {

bool every_face_has(char32_t cp, const void* data) {
  const auto& fonts = *static_cast<const view::ViewFonts*>(data);
  for (ImFont* face : {fonts.regular, fonts.bold}) {
    if (face != nullptr && !face->IsGlyphInFont(static_cast<ImWchar>(cp))) return false;
  }
  return fonts.ready();
}

struct Collector {
  const GlyphCoverage coverage;
  std::map<char32_t, MissingCodepoint> missing;

  void add(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      const char32_t cp = utf8::next(text, i);
      if (view::is_invisible(cp)) continue;  // the view drops them before drawing
      const Undrawable reason = undrawable_reason(cp, coverage);
      if (reason == Undrawable::No) continue;
      MissingCodepoint& m = missing[cp];
      m.cp = cp;
      m.reason = reason;
      ++m.count;
    }
  }
};

}  // namespace

std::vector<MissingCodepoint> missing_codepoints(const Post& post, const view::ViewFonts& fonts) {
  Collector c{GlyphCoverage{every_face_has, &fonts}, {}};
  for (const std::string* field : {&post.meta.title, &post.meta.author, &post.meta.role, &post.meta.clinic, &post.meta.date}) {
    c.add(*field);
  }
  for (const Node& n : post.nodes) {
    // Text nodes hold every drawn word (code and alt text included); a list's
    // text is its emoji bullet. Other nodes' text is an anchor id or a URL.
    if (n.kind == NodeKind::Text || n.kind == NodeKind::List) c.add(post.str(n.text));
  }
  const view::UiWords& words = view::ui_words(post.meta.lang);
  c.add(view::reading_time_text(words, view::reading_minutes(post)));
  for (const char* word : {words.expand_all, words.collapse_all, words.question_label, words.open_hint, words.close_hint}) {
    c.add(word);
  }
  c.add("0123456789.");  // question, card and list numbers
  std::vector<MissingCodepoint> out;
  for (const auto& [cp, m] : c.missing) out.push_back(m);
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

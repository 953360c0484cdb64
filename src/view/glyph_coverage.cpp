#include "glyph_coverage.h"

#include <imgui.h>

#include <algorithm>
#include <map>
#include <unordered_set>

#include "core/utf8.h"
#include "emoji_segmentation.h"
#include "glyph_text.h"
#include "core/reading_time.h"
#include "ui_words.h"

namespace clinic::view {

void for_each_drawn_text(const Post& post, const std::function<void(std::string_view)>& visit) {
  for (const std::string* field : {&post.meta.title, &post.meta.author, &post.meta.role, &post.meta.clinic, &post.meta.date}) {
    if (!field->empty()) visit(*field);
  }
  for (const Node& n : post.nodes) {
    // Text nodes hold every drawn word (code and alt text included); a list's
    // text is its emoji bullet. Other nodes' text is an anchor id or a URL.
    if (n.kind == NodeKind::Text || n.kind == NodeKind::List) {
      const std::string_view text = post.str(n.text);
      if (!text.empty()) visit(text);
    }
  }
  const UiWords& words = ui_words(post.meta.lang);
  visit(reading_time_text(post));
  for (const char* word : {words.expand_all, words.collapse_all, words.question_label, words.open_hint, words.close_hint}) {
    visit(word);
  }
  visit("0123456789.");  // question, card and list numbers
}

std::vector<MissingGlyph> missing_glyphs(const Post& post, const FontSet& fonts) {
  const ViewFonts& faces = fonts.fonts();
  const GlyphManifest& manifest = fonts.manifest();
  std::map<char32_t, MissingGlyph> missing;  // by drawn code point
  // A font's answer for a code point is a cmap search per face and source;
  // posts repeat their characters, so each is asked once (this was ~20 ms of
  // a Korean post's first frame in the browser).
  std::unordered_set<char32_t> drawable_seen;
  for_each_drawn_text(post, [&](std::string_view text) {
    // Private-use characters of the post itself: no font of ours draws them
    // (their range is where emoji glyphs live), so they are left out and listed.
    for (size_t i = 0; i < text.size();) {
      const char32_t cp = utf8::next(text, i);
      if (cp < 0xE000 || cp > 0xF8FF) continue;
      MissingGlyph& m = missing[cp + 0x110000];  // apart from the emoji glyphs' keys
      if (m.count++ == 0) {
        utf8::append(m.text, cp);
        m.codepoint = cp;
      }
    }
    const std::string drawn = glyph_string(text, faces);
    for (size_t i = 0; i < drawn.size();) {
      const char32_t cp = utf8::next(drawn, i);
      if (drawable_seen.count(cp) != 0) continue;
      bool drawable = true;
      if (is_emoji_glyph(cp)) {
        drawable = fonts.emoji().has(int(cp - kEmojiGlyphBase)) ||
                   (fonts.uses_device() && faces.regular != nullptr && faces.regular->IsGlyphInFont(static_cast<ImWchar>(cp)));
      } else {
        // Both faces: the character may be set in either (a face not loaded yet
        // is stood in for by the regular one).
        const ImWchar c = static_cast<ImWchar>(cp);
        drawable = faces.regular != nullptr && faces.regular->IsGlyphInFont(c) &&
                   (faces.bold == nullptr || faces.bold->IsGlyphInFont(c));
      }
      if (drawable) {
        drawable_seen.insert(cp);
        continue;
      }
      MissingGlyph& m = missing[cp];
      if (m.count++ > 0) continue;
      if (is_emoji_glyph(cp)) {
        const int sprite = int(cp - kEmojiGlyphBase);
        m.sprite = sprite;
        m.text = emoji_sequence_text(sprite);
        size_t k = 0;
        m.codepoint = utf8::next(m.text, k);
        for (size_t f = 0; f < manifest.files.size(); ++f) {
          const GlyphFile& file = manifest.files[f];
          for (int s : file.sprites) m.loadable = m.loadable || (s == sprite && !fonts.has_file(file.name));
        }
      } else {
        utf8::append(m.text, cp);
        m.codepoint = cp;
        for (const GlyphFile& file : manifest.files) {
          const bool holds = file.kind == GlyphFile::Kind::FaceChunk ? file.covers(cp)
                             : file.kind == GlyphFile::Kind::Face && fonts.uses_device();  // the base behind the device's face
          m.loadable = m.loadable || (holds && !fonts.has_file(file.name));
        }
      }
    }
  });
  std::vector<MissingGlyph> out;
  out.reserve(missing.size());
  for (auto& [cp, m] : missing) out.push_back(std::move(m));
  std::sort(out.begin(), out.end(), [](const MissingGlyph& a, const MissingGlyph& b) { return a.codepoint < b.codepoint; });
  return out;
}

}  // namespace clinic::view

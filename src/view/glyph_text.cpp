#include "glyph_text.h"

#include <imgui.h>

#include "core/utf8.h"
#include "emoji_segmentation.h"
#include "line_breaking.h"

namespace clinic::view {
namespace {

constexpr char32_t kTextSelector = 0xFE0E;

bool text_face_has(const ViewFonts& fonts, char32_t cp) {
  return fonts.regular != nullptr && fonts.regular->IsGlyphInFont(static_cast<ImWchar>(cp));
}

void convert(std::string_view s, size_t begin, size_t end, const ViewFonts& fonts, std::string& out) {
  size_t i = begin;
  while (i < end) {
    const EmojiMatch m = match_emoji(s, i, end);
    if (m.sprite >= 0) {
      size_t after = i;
      const char32_t first = utf8::next(s, after);
      size_t selector_end = m.end;
      const bool text_selected = m.end < end && utf8::next(s, selector_end) == kTextSelector;
      if ((m.text_default || (text_selected && after == m.end)) && text_face_has(fonts, first)) {
        utf8::append(out, first);
      } else {
        utf8::append(out, kEmojiGlyphBase + char32_t(m.sprite));
      }
      i = m.end;
      continue;
    }
    const size_t start = i;
    const char32_t cp = utf8::next(s, i);
    if (is_emoji_component_only(cp) || is_invisible(cp)) continue;
    if (cp >= 0xE000 && cp <= 0xF8FF) continue;  // private use: the emoji glyphs' range; no font of ours has others
    if (is_regional_indicator(cp)) {
      out.push_back(char('A' + (cp - 0x1F1E6)));
      continue;
    }
    out.append(s, start, i - start);
  }
}

}  // namespace

StyledText glyph_text(const StyledText& text, const ViewFonts& fonts) {
  StyledText out;
  std::string piece;
  for (const StyleRun& run : text.runs) {
    piece.clear();
    convert(text.text, run.begin, run.end, fonts, piece);
    append_run(out, piece, run.style, run.link);
  }
  return out;
}

std::string glyph_string(std::string_view s, const ViewFonts& fonts) {
  std::string out;
  convert(s, 0, s.size(), fonts, out);
  return out;
}

std::string readable_text(std::string_view drawn) {
  std::string out;
  for (size_t i = 0; i < drawn.size();) {
    const size_t start = i;
    const char32_t cp = utf8::next(drawn, i);
    if (is_emoji_glyph(cp)) out += emoji_sequence_text(int(cp - kEmojiGlyphBase));
    else out.append(drawn, start, i - start);
  }
  return out;
}

}  // namespace clinic::view

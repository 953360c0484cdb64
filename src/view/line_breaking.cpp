#include "line_breaking.h"

#include <imgui.h>

#include "core/utf8.h"

namespace clinic::view {
namespace {

bool is_space(char32_t cp) { return cp == ' ' || cp == '\t'; }

// Hangul syllables and jamo: Korean is written with spaces between words
// (어절), and a line breaks at those spaces only, as CSS's `word-break: keep-all`
// does; a word breaks between syllables only when it alone is wider than the line.
bool is_hangul_letter(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
         (cp >= 0xAC00 && cp <= 0xD7FF);
}

// Characters between which a line may break without a space: kana, CJK
// ideographs, fullwidth forms and emoji (as CSS's `word-break: normal` does);
// not Hangul (is_hangul_letter).
bool breaks_anywhere(char32_t cp) {
  if (is_hangul_letter(cp)) return false;
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x20000 && cp <= 0x3FFFF) ||
         (cp >= 0xE000 && cp <= 0xF8FF);  // emoji glyphs (emoji_segmentation.h)
}

// Closing punctuation and marks that stay with the character before them.
bool no_break_before(char32_t cp) {
  switch (cp) {
    case '.': case ',': case '!': case '?': case ':': case ';': case ')': case ']': case '}': case '%':
    case '\'': case '"': case 0x2019: case 0x201D: case 0x2026: case 0x00B7:
    case 0x3001: case 0x3002: case 0x300D: case 0x300F: case 0x3009: case 0x300B: case 0x3011:
    case 0xFF09: case 0xFF0C: case 0xFF0E: case 0xFF01: case 0xFF1F: case 0xFF1A:
    case 0x200D: case 0xFE0E: case 0xFE0F: case 0x20E3: case '~':
      return true;
    default:
      return cp >= 0x1F3FB && cp <= 0x1F3FF;  // skin tone modifiers
  }
}

// Opening punctuation and joiners that stay with the character after them.
bool no_break_after(char32_t cp) {
  switch (cp) {
    case '(': case '[': case '{': case 0x2018: case 0x201C: case 0x300C: case 0x300E: case 0x3008:
    case 0x300A: case 0x3010: case 0xFF08: case 0x200D:
      return true;
    default:
      return false;
  }
}

bool can_break_between(char32_t before, char32_t after) {
  if (is_space(after)) return false;
  if (is_space(before)) return true;
  if (no_break_before(after) || no_break_after(before)) return false;
  // Hangul keeps its words whole, with whatever touches them ("CO2를", "4분", "1mm",
  // "비립종🙂"): keep-all.
  if (is_hangul_letter(before) || is_hangul_letter(after)) return false;
  return breaks_anywhere(before) || breaks_anywhere(after);
}

struct Measurer {
  const ViewFonts& fonts;
  float size;
  ImFontBaked* baked[2] = {nullptr, nullptr};

  float advance(uint8_t style, char32_t cp) {
    if (is_invisible(cp)) return 0.0f;
    const int face = (style & text_style::kBold) && fonts.bold ? 1 : 0;
    if (baked[face] == nullptr) baked[face] = (face ? fonts.bold : fonts.regular)->GetFontBaked(size);
    return baked[face]->GetCharAdvance(static_cast<ImWchar>(cp));
  }
};

}  // namespace

bool is_invisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0x00AD || (cp >= 0xFE00 && cp <= 0xFE0F) ||
         (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0xFEFF;
}

void append_visible(std::string& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    if (!is_invisible(utf8::next(s, i))) out.append(s, start, i - start);
  }
}

float char_advance(const ViewFonts& fonts, float size, uint8_t style, char32_t cp) {
  Measurer m{fonts, size};
  return m.advance(style, cp);
}

BrokenText break_lines(const StyledText& text, const ViewFonts& fonts, float size, float max_width, uint8_t base_style,
                       Spaces spaces) {
  BrokenText out;
  if (!fonts.ready() || text.empty()) return out;
  Measurer m{fonts, size};
  const std::string_view s = text.text;

  // Pass 1: line boundaries as byte ranges [begin, end) (end excludes trailing spaces).
  struct Range { uint32_t begin, end; };
  std::vector<Range> ranges;
  size_t run = 0;
  const auto style_at = [&](size_t byte) {
    while (run + 1 < text.runs.size() && text.runs[run].end <= byte) ++run;
    return static_cast<uint8_t>(text.runs[run].style | base_style);
  };

  uint32_t line_start = 0;
  float width = 0.0f;             // from line_start to the current character
  uint32_t visible_end = 0;       // end of the last non-space character
  float visible_width = 0.0f;
  bool have_break = false;        // a break opportunity on this line
  uint32_t break_at = 0;          // where the next line would start
  uint32_t break_visible_end = 0; // where this line would end
  float break_width = 0.0f;       // width before break_at
  char32_t prev = 0;
  bool at_line_start = true;

  size_t i = 0;
  while (i < s.size()) {
    const size_t here = i;
    const char32_t cp = utf8::next(s, i);
    if (cp == '\n') {
      ranges.push_back({line_start, at_line_start ? line_start : visible_end});
      line_start = visible_end = static_cast<uint32_t>(i);
      width = visible_width = 0.0f;
      have_break = false;
      at_line_start = true;
      prev = 0;
      continue;
    }
    if (at_line_start && is_space(cp) && spaces == Spaces::Collapse) {  // dropped at a line's start
      line_start = static_cast<uint32_t>(i);
      continue;
    }
    if (!at_line_start && can_break_between(prev, cp)) {
      have_break = true;
      break_at = static_cast<uint32_t>(here);
      break_visible_end = visible_end;
      break_width = width;
    }
    const float adv = m.advance(style_at(here), cp);
    if (!is_space(cp) && !at_line_start && width + adv > max_width) {
      bool cut = !have_break;  // no opportunity: cut the word here
      if (have_break) {
        ranges.push_back({line_start, break_visible_end});
        line_start = break_at;
        width -= break_width;
        // The word carried over may still not fit with this character: then it is cut here too.
        cut = line_start < here && width + adv > max_width;
      }
      if (cut) {
        ranges.push_back({line_start, visible_end});
        line_start = static_cast<uint32_t>(here);
        width = 0.0f;
      }
      have_break = false;
    }
    at_line_start = false;
    width += adv;
    if (!is_space(cp)) {
      visible_end = static_cast<uint32_t>(i);
      visible_width = width;
    }
    prev = cp;
  }
  if (!at_line_start) ranges.push_back({line_start, visible_end});
  (void)visible_width;

  // Pass 2: each line split where the style changes, measured piece by piece.
  run = 0;
  for (const Range& r : ranges) {
    TextLine line;
    line.first_fragment = static_cast<uint32_t>(out.fragments.size());
    float x = 0.0f;
    size_t k = 0;
    while (k < text.runs.size() && text.runs[k].end <= r.begin) ++k;
    for (; k < text.runs.size() && text.runs[k].begin < r.end; ++k) {
      const StyleRun& sr = text.runs[k];
      LineFragment f;
      f.begin = std::max(sr.begin, r.begin);
      f.end = std::min(sr.end, r.end);
      f.style = static_cast<uint8_t>(sr.style | base_style);
      f.link = sr.link;
      f.x = x;
      for (size_t j = f.begin; j < f.end;) {
        const char32_t cp = utf8::next(s, j);
        if (cp != '\n') f.width += m.advance(f.style, cp);
      }
      if (f.end > f.begin) {
        x += f.width;
        out.fragments.push_back(f);
      }
    }
    line.fragment_count = static_cast<uint32_t>(out.fragments.size()) - line.first_fragment;
    line.width = x;
    out.widest = std::max(out.widest, x);
    out.lines.push_back(line);
  }
  return out;
}

}  // namespace clinic::view

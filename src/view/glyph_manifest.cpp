#include "glyph_manifest.h"

#include <charconv>

namespace clinic::view {
namespace {

std::vector<std::string_view> fields_of(std::string_view line) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

bool number(std::string_view s, unsigned long& out, int base) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
  return ec == std::errc() && end == s.data() + s.size();
}

// "A-B,C": inclusive ranges, in `base`.
bool ranges(std::string_view s, int base, std::vector<std::pair<unsigned long, unsigned long>>& out) {
  while (!s.empty()) {
    const size_t comma = s.find(',');
    const std::string_view item = s.substr(0, comma);
    const size_t dash = item.find('-');
    unsigned long a = 0, b = 0;
    if (!number(item.substr(0, dash), a, base)) return false;
    b = a;
    if (dash != std::string_view::npos && !number(item.substr(dash + 1), b, base)) return false;
    if (b < a || b - a > 0x10FFFF) return false;
    out.emplace_back(a, b);
    s = comma == std::string_view::npos ? std::string_view() : s.substr(comma + 1);
  }
  return !out.empty();
}

}  // namespace

bool GlyphFile::covers(char32_t cp) const {
  for (const auto& [a, b] : spans) {
    if (cp >= a && cp <= b) return true;
  }
  return false;
}

bool parse_glyph_manifest(std::string_view text, GlyphManifest& out, std::string& error) {
  out = GlyphManifest();
  size_t line_number = 0;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> f = fields_of(line);
    if (f.empty() || f[0][0] == '#') continue;
    const auto fail = [&](const char* why) {
      error = "fonts.txt line " + std::to_string(line_number) + ": " + why + ": " + std::string(line);
      return false;
    };
    const std::string_view kind = f[0];
    if (kind == "emoji-data") {
      unsigned long count = 0;
      if (f.size() != 3 || !number(f[2], count, 10)) return fail("expected: emoji-data VERSION COUNT");
      out.emoji_version = std::string(f[1]);
      out.emoji_count = int(count);
      continue;
    }
    GlyphFile file;
    if (f.size() < 2) return fail("no file");
    file.name = std::string(f[1]);
    if (file.name.find("..") != std::string::npos || file.name.find('/') == 0) return fail("a file outside the folder");
    std::vector<std::pair<unsigned long, unsigned long>> r;
    if (kind == "regular" || kind == "bold") {
      if (f.size() != 2) return fail("expected: FACE FILE");
      file.kind = GlyphFile::Kind::Face;
      file.bold = kind == "bold";
    } else if (kind == "regular+" || kind == "bold+") {
      if (f.size() != 3 || !ranges(f[2], 16, r)) return fail("expected: FACE+ FILE SPANS");
      file.kind = GlyphFile::Kind::FaceChunk;
      file.bold = kind == "bold+";
      for (const auto& [a, b] : r) file.spans.emplace_back(char32_t(a), char32_t(b));
    } else if (kind == "emoji" || kind == "emoji+") {
      unsigned long cell = 0;
      if (f.size() != 4 || !number(f[2], cell, 10) || cell == 0 || cell > 512 || !ranges(f[3], 10, r)) {
        return fail("expected: emoji FILE CELL SPRITES");
      }
      file.kind = kind == "emoji" ? GlyphFile::Kind::EmojiSheet : GlyphFile::Kind::EmojiChunk;
      file.cell = int(cell);
      for (const auto& [a, b] : r) {
        for (unsigned long s = a; s <= b; ++s) file.sprites.push_back(int(s));
      }
    } else {
      return fail("unknown kind");
    }
    out.files.push_back(std::move(file));
  }
  if (out.files.empty()) {
    error = "fonts.txt lists no files";
    return false;
  }
  return true;
}

}  // namespace clinic::view

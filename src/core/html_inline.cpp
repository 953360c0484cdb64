#include "html_inline.h"

#include "markdown_escape.h"
#include "utf8.h"

namespace clinic::html {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// CommonMark's punctuation, close enough: ASCII punctuation, general
// punctuation (quotes, dashes, …), CJK brackets and full-width punctuation.
bool is_punctuation(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
           (cp >= 0x7B && cp <= 0x7E);
  }
  return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x3001 && cp <= 0x3011) ||
         (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xA1 || cp == 0xBF || cp == 0xB7;
}

char32_t first_codepoint(std::string_view s) {
  size_t i = 0;
  return s.empty() ? U' ' : utf8::next(s, i);
}

char32_t last_codepoint(std::string_view s) {
  if (s.empty()) return U' ';
  size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t i = start;
  return utf8::next(s, i);
}

bool space_or_punctuation(char32_t cp) { return cp == U' ' || is_punctuation(cp); }

// `**inner**` between `before` and `after` reads back as emphasis.
bool emphasis_holds(char32_t before, std::string_view inner, char32_t after) {
  if (inner.empty()) return false;
  const char32_t first = first_codepoint(inner);
  const char32_t last = last_codepoint(inner);
  if (is_punctuation(first) && !space_or_punctuation(before)) return false;
  if (is_punctuation(last) && !space_or_punctuation(after)) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

std::string markdown_destination(std::string_view url) {
  std::string out;
  for (char c : url) {
    switch (c) {
      case ' ': out += "%20"; break;
      case '(': out += "%28"; break;
      case ')': out += "%29"; break;
      case '<': out += "%3C"; break;
      case '>': out += "%3E"; break;
      case '\n': case '\r': case '\t': break;
      default: out.push_back(c);
    }
  }
  return out;
}

InlineLine::Run& InlineLine::current_run() {
  if (runs_.empty() || runs_.back().styles != styles_ || runs_.back().link != link_index_) {
    runs_.push_back({{}, styles_, link_index_});
  }
  return runs_.back();
}

void InlineLine::set_link(std::string href) {
  link_ = std::move(href);
  if (link_.empty()) {
    link_index_ = -1;
    return;
  }
  links_.push_back(link_);
  link_index_ = static_cast<int>(links_.size()) - 1;
}

void InlineLine::add_text(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "\xE2\x80\x8B" || text.substr(i, 3) == "\xEF\xBB\xBF") {  // ZWSP, BOM
      i += 2;
      continue;
    }
    const bool nbsp = text.substr(i, 2) == "\xC2\xA0";
    if (is_space(text[i]) || nbsp) {
      space_pending_ = true;
      i += nbsp ? 1 : 0;
      continue;
    }
    Run& run = current_run();
    if (space_pending_ && !(runs_.size() == 1 && run.text.empty())) run.text.push_back(' ');
    space_pending_ = false;
    run.text.push_back(text[i]);
  }
}

bool InlineLine::empty() const {
  for (const Run& run : runs_) {
    if (!trim(run.text).empty()) return false;
  }
  return true;
}

InlineLine::Written InlineLine::take() {
  Written out = write();
  runs_.clear();
  space_pending_ = false;
  if (link_index_ >= 0) {  // a link open across lines carries on in the next line
    links_ = {link_};
    link_index_ = 0;
  } else {
    links_.clear();
  }
  return out;
}

InlineLine::Written InlineLine::write() {
  Written out;
  std::vector<Run> runs;
  for (Run& run : runs_) {
    if (!run.text.empty()) runs.push_back(std::move(run));
  }
  for (const Run& run : runs) out.text += run.text;
  const std::string_view whole = trim(out.text);
  // Each span of one style (or one link) is checked as CommonMark would read it.
  const auto spans_of = [&](auto has) {
    std::vector<std::pair<size_t, size_t>> spans;
    for (size_t i = 0; i < runs.size();) {
      if (!has(runs[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < runs.size() && has(runs[j]) && (runs[j].link == runs[i].link || runs[i].link < 0)) ++j;
      spans.emplace_back(i, j);
      i = j;
    }
    return spans;
  };
  bool has_markup = false;
  size_t offset_of_run = 0;
  std::vector<size_t> offsets;
  for (const Run& run : runs) {
    offsets.push_back(offset_of_run);
    offset_of_run += run.text.size();
  }
  for (uint8_t style : {kBold, kItalic, kStrike}) {
    for (auto [a, b] : spans_of([&](const Run& r) { return (r.styles & style) != 0; })) {
      const size_t begin = offsets[a];
      const size_t end = offsets[b - 1] + runs[b - 1].text.size();
      const std::string_view inner_raw = std::string_view(out.text).substr(begin, end - begin);
      const std::string_view inner = trim(inner_raw);
      const size_t inner_begin = begin + static_cast<size_t>(inner.data() - inner_raw.data());
      const char32_t before = inner_begin == 0 ? U' ' : last_codepoint(std::string_view(out.text).substr(0, inner_begin));
      const size_t inner_end = inner_begin + inner.size();
      const char32_t after = inner_end >= out.text.size() ? U' ' : first_codepoint(std::string_view(out.text).substr(inner_end));
      const bool holds = emphasis_holds(before, inner, after) && inner.size() < whole.size() + 1;
      for (size_t r = a; r < b; ++r) {
        if (!holds) runs[r].styles &= static_cast<uint8_t>(~style);
      }
      has_markup = has_markup || holds;
    }
  }
  for (const Run& run : runs) has_markup = has_markup || run.link >= 0;
  std::string text_trimmed(whole);
  if (!has_markup) {
    out.text = text_trimmed;
    return out;
  }
  // Markdown: markers opened at a span's first run, closed at its last, white
  // space kept outside them.
  std::string& md = out.markdown;
  const auto markers = [](uint8_t styles, bool closing) {
    std::string m;
    const char* parts[] = {"**", "*", "~~"};
    const uint8_t bits[] = {kBold, kItalic, kStrike};
    for (int k = 0; k < 3; ++k) {
      const int index = closing ? 2 - k : k;
      if (styles & bits[index]) m += parts[index];
    }
    return m;
  };
  for (size_t r = 0; r < runs.size(); ++r) {
    const Run& run = runs[r];
    const Run* prev = r > 0 ? &runs[r - 1] : nullptr;
    const Run* next = r + 1 < runs.size() ? &runs[r + 1] : nullptr;
    const bool link_starts = run.link >= 0 && (prev == nullptr || prev->link != run.link);
    const bool link_ends = run.link >= 0 && (next == nullptr || next->link != run.link);
    const uint8_t opening = run.styles & static_cast<uint8_t>(~(prev != nullptr && prev->link == run.link ? prev->styles : 0));
    const uint8_t closing = run.styles & static_cast<uint8_t>(~(next != nullptr && next->link == run.link ? next->styles : 0));
    std::string_view text = run.text;
    const bool lead_space = !text.empty() && text.front() == ' ';
    const bool trail_space = text.size() > 1 && text.back() == ' ';
    text = trim(text);
    if (lead_space && !md.empty()) md.push_back(' ');
    if (link_starts) md.push_back('[');
    md += markers(opening, false);
    md += markdown_escaped_line(text);
    md += markers(closing, true);
    if (link_ends) md += "](" + markdown_destination(links_[static_cast<size_t>(run.link)]) + ")";
    if (trail_space && next != nullptr) md.push_back(' ');
  }
  out.text = text_trimmed;
  return out;
}

}  // namespace clinic::html

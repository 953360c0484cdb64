#include "anchor_ids.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "emoji_scan.h"
#include "utf8.h"

namespace clinic {
namespace {

bool is_word_codepoint(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
         (cp >= 0xAC00 && cp <= 0xD7A3) ||                      // Hangul syllables
         (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3131 && cp <= 0x318E) ||  // jamo
         (cp >= 0x4E00 && cp <= 0x9FFF) ||                      // CJK ideographs
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);  // Latin letters
}

bool looks_like_question_id(std::string_view id) {
  if (id.size() < 2 || id[0] != 'q') return false;
  size_t i = 1;
  while (i < id.size() && id[i] >= '0' && id[i] <= '9') ++i;
  return i > 1 && (i == id.size() || id.substr(i) == "-panel");
}

}  // namespace

std::string_view AnchorIds::make(std::string_view heading) {
  // Never longer than the heading (a dash stands for at least one byte);
  // written through a pointer, since a push_back per character is a library
  // call in WebAssembly.
  std::string slug(heading.size(), '\0');
  char* const begin = slug.data();
  char* w = begin;
  bool pending_dash = false;
  for (size_t i = 0; i < heading.size();) {
    const size_t start = i;
    char32_t cp = static_cast<unsigned char>(heading[i]);
    if (cp < 0x80 && !may_start_emoji(static_cast<unsigned char>(cp))) {
      ++i;  // most of a heading: a byte, with no emoji look or decoding
    } else if (const size_t e = leading_emoji_length(heading.substr(i))) {
      i += e;
      pending_dash = w != begin;
      continue;
    } else {
      cp = utf8::next(heading, i);
    }
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if (is_word_codepoint(cp)) {
      if (pending_dash) *w++ = '-';
      pending_dash = false;
      if (cp < 0x80) {
        *w++ = static_cast<char>(cp);
      } else {
        std::memcpy(w, heading.data() + start, i - start);
        w += i - start;
      }
    } else if (cp == ' ' || cp == '-' || cp == '_' || cp == '\t') {
      pending_dash = w != begin;
    }
  }
  slug.resize(static_cast<size_t>(w - begin));
  if (slug.empty()) slug = "section";
  if (looks_like_question_id(slug)) slug = "s-" + slug;
  if (!contains(slug)) return keep(std::move(slug));
  // A slug seen before takes the next free "-N" (the map remembers where to
  // look from).
  int& n = next_number_.try_emplace(slug, 2).first->second;
  std::string id;
  do {
    id = slug + "-" + std::to_string(n++);
  } while (contains(id));
  return keep(std::move(id));
}

bool AnchorIds::contains(std::string_view id) const {
  if (table_.empty()) return false;
  const size_t mask = table_.size() - 1;
  for (size_t i = std::hash<std::string_view>{}(id) & mask; table_[i] != 0; i = (i + 1) & mask) {
    if (ids_[table_[i] - 1] == id) return true;
  }
  return false;
}

std::string_view AnchorIds::keep(std::string&& id) {
  if (ids_.empty()) ids_.reserve(8);  // a post's sections, with no regrowth
  ids_.push_back(std::move(id));
  // At most half full, so that probes stay short; doubling keeps it linear.
  if (ids_.size() * 2 > table_.size()) {
    table_.assign(std::max<size_t>(16, table_.size() * 2), 0);
    for (uint32_t k = 1; k <= ids_.size(); ++k) place(k);
  } else {
    place(static_cast<uint32_t>(ids_.size()));
  }
  return ids_.back();
}

void AnchorIds::place(uint32_t index) {
  const size_t mask = table_.size() - 1;
  size_t i = std::hash<std::string_view>{}(ids_[index - 1]) & mask;
  while (table_[i] != 0) i = (i + 1) & mask;
  table_[i] = index;
}

}  // namespace clinic

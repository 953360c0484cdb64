#include "anchor_ids.h"

#include <cstring>

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

std::string AnchorIds::make(std::string_view heading) {
  // Never longer than the heading (a dash stands for at least one byte);
  // written through a pointer, since a push_back per character is a library
  // call in WebAssembly.
  std::string slug(heading.size(), '\0');
  char* const begin = slug.data();
  char* w = begin;
  bool pending_dash = false;
  for (size_t i = 0; i < heading.size();) {
    const bool emoji_may_start = may_start_emoji(static_cast<unsigned char>(heading[i]));
    if (const size_t e = emoji_may_start ? leading_emoji_length(heading.substr(i)) : 0) {
      i += e;
      pending_dash = w != begin;
      continue;
    }
    const size_t start = i;
    char32_t cp = utf8::next(heading, i);
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
  // A slug seen before takes the next free "-N" (the map remembers where to
  // look from); one set insertion decides for the rest.
  if (used_.insert(slug).second) return slug;
  int& n = next_number_.try_emplace(slug, 2).first->second;
  std::string id;
  do {
    id = slug + "-" + std::to_string(n++);
  } while (!used_.insert(id).second);
  return id;
}

}  // namespace clinic

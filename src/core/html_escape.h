// Escaping for HTML output, shared by every HTML rendition of a post so that one
// set of rules decides what can reach the browser unescaped.
//
// The rules are md4c's own (md4c-html.c), so the plain renderer stays byte for
// byte what `md2html` writes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "byte_words.h"
#include "html_output.h"

namespace clinic::html {

// Text content: & < > " become entities.
void append_text(HtmlOutput& out, std::string_view text);

// The pieces of append_text(), for a writer that looks for more in the same
// pass (html_article.cpp's keycaps).
//
// Whether some byte of `word` (eight bytes of text) is one of & < > ". Two
// tests, not four: '<' (3C) and '>' (3E) differ in bit 1 only, '"' (22) and
// '&' (26) in bit 2 only, so setting that bit makes each pair one value.
inline bool has_text_special(uint64_t word) {
  using byte_words::kOnes;
  return (byte_words::any_equal(word | kOnes * 0x02, '>') | byte_words::any_equal(word | kOnes * 0x04, '&')) != 0;
}
inline bool is_text_special(char c) { return c == '&' || c == '<' || c == '>' || c == '"'; }
// Writes the entity of `c`, one of & < > ".
void append_entity(HtmlOutput& out, char c);

// A double-quoted attribute value (title, alt, id, class, ...): the same four
// characters, which is all a double-quoted value needs.
void append_attribute(HtmlOutput& out, std::string_view value);

// A URL attribute (href, src): & becomes &amp;, and every byte other than ASCII
// letters, digits and ~-_.+!*(),%#@?=;:/$ is percent-encoded (so quotes, spaces,
// < and > can never end the attribute). Existing %XX escapes are kept.
// The caller decides whether the URL is safe to emit at all (link_safety.h).
void append_url(HtmlOutput& out, std::string_view url);

}  // namespace clinic::html

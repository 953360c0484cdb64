// Escaping for HTML output, shared by every HTML rendition of a post so that one
// set of rules decides what can reach the browser unescaped.
//
// The rules are md4c's own (md4c-html.c), so the plain renderer stays byte for
// byte what `md2html` writes.
#pragma once

#include <string>

#include "html_output.h"
#include <string_view>

namespace clinic::html {

// Text content: & < > " become entities.
void append_text(HtmlOutput& out, std::string_view text);

// A double-quoted attribute value (title, alt, id, class, ...): the same four
// characters, which is all a double-quoted value needs.
void append_attribute(HtmlOutput& out, std::string_view value);

// A URL attribute (href, src): & becomes &amp;, and every byte other than ASCII
// letters, digits and ~-_.+!*(),%#@?=;:/$ is percent-encoded (so quotes, spaces,
// < and > can never end the attribute). Existing %XX escapes are kept.
// The caller decides whether the URL is safe to emit at all (link_safety.h).
void append_url(HtmlOutput& out, std::string_view url);

}  // namespace clinic::html

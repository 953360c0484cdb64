// Text and attribute values for the site's XML files (Atom feed, sitemap).
#pragma once

#include <string_view>

#include "html_output.h"

namespace clinic::xml {

// Escaped as HTML text is (& < > "), without the control characters XML 1.0
// cannot hold at all (U+0000-U+001F but tab, line feed and carriage return):
// one of them in a title would make the whole file unreadable to a parser.
void append_text(HtmlOutput& out, std::string_view text);

// "2026-11-26" -> "2026-11-26T00:00:00Z": RFC 3339, as Atom's dates are.
void append_date_time(HtmlOutput& out, std::string_view date);

}  // namespace clinic::xml

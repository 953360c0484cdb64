// Writing plain text into Markdown so that it reads back literally: every
// character that CommonMark (with md4c's GitHub extensions) could take as markup
// is backslash-escaped, and nothing else is touched.
#pragma once

#include <string>
#include <string_view>

namespace clinic {

// One line of text placed at the start of a Markdown line (a paragraph line, a
// list item's text, a heading's text): escapes inline markup (`*`, `_`, `~`,
// backticks, `[`, `]`, `<`, `|`, `\`, entity-like `&name;`) anywhere, and the
// block markers a line may start with (`# `, `>`, `- `, `+ `, `===`, `1. `, `1) `).
// An underscore inside a word (`snake_case`, URLs) cannot be emphasis and is left.
// The text must not contain line breaks; leading and trailing white space is
// the caller's business (it is not markup-safe: four spaces make code).
std::string markdown_escaped_line(std::string_view text);

// The same for a heading's text, where a `#` anywhere could close the heading.
std::string markdown_escaped_heading(std::string_view text);

}  // namespace clinic

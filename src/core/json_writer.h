// Minimal JSON output: enough for the outlines and reports the CLI prints.
#pragma once

#include <string>
#include <string_view>

namespace clinic::json {

// Appends `s` as a JSON string literal (quotes included), escaping what JSON
// requires plus U+2028/U+2029 so the result is also safe inside a <script>.
void append_string(std::string& out, std::string_view s);

// `s` as a JSON string literal, quotes included (append_string into a new string).
std::string quoted(std::string_view s);

}  // namespace clinic::json

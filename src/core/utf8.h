// UTF-8 helpers shared by the core: decoding, encoding, repair.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace clinic::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Appends `cp` encoded as UTF-8; invalid code points (0, surrogates, > U+10FFFF)
// become U+FFFD, as md4c's HTML renderer does.
void append(std::string& out, char32_t cp);

// Decodes the code point at s[i] and advances i. Malformed sequences yield
// U+FFFD and advance by one byte.
char32_t next(std::string_view s, size_t& i);

// Code points in `s`, counted up to `limit` (the count stops there).
size_t count_codepoints(std::string_view s, size_t limit = static_cast<size_t>(-1));

// Whether `in` is UTF-8 with no malformed sequence.
bool is_well_formed(std::string_view in);

// A copy of `in` with every malformed sequence replaced by U+FFFD.
// Returns the number of replacements through `replaced` when given.
std::string repaired(std::string_view in, size_t* replaced = nullptr);

}  // namespace clinic::utf8

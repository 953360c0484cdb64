// Turning a post's text into its model: the one entry point of the core.
#pragma once

#include <string>
#include <string_view>

#include "post_model.h"

namespace clinic {

struct ParseOptions {
  // Off: the body is plain CommonMark (+GFM) with no front matter, sections,
  // Q&A or summary recognition, as `clinic-reader html --plain` renders it.
  bool recognize_structure = true;
  // On: the caller vouches that the input is well-formed UTF-8, and its check
  // (a pass over every byte) is skipped. A JS string made UTF-8 by
  // TextEncoder or utf8::from_utf16 qualifies (a lone surrogate becomes
  // U+FFFD); bytes from a file or the network do not.
  bool known_well_formed = false;
};

// Never fails: unreadable bytes are replaced (U+FFFD) and reported in
// Post::diagnostics, and whatever can be read is kept.
Post parse_post(std::string_view input, const ParseOptions& options = {});
// The same, taking the input's string as the post's source (no copy of a long post).
Post parse_post(std::string&& input, const ParseOptions& options = {});
inline Post parse_post(const char* input, const ParseOptions& options = {}) {
  return parse_post(std::string_view(input), options);
}

}  // namespace clinic

// The optional front matter between `---` lines at the top of a post.
#pragma once

#include <string_view>
#include <vector>

#include "post_model.h"

namespace clinic {

struct FrontMatter {
  PostMeta meta;            // fields read; title etc. empty when absent
  uint32_t body_offset = 0; // where the Markdown body starts
  std::vector<Diagnostic> diagnostics;
};

// Reads a small YAML subset: `key: value` scalars, single- or double-quoted
// strings, `[a, b]` lists, `#` comments. Unknown keys are kept in meta.fields.
// Unterminated front matter is not front matter: the whole text is the body,
// and a warning says so.
FrontMatter read_front_matter(std::string_view source);

}  // namespace clinic

// Which link and image targets a post may carry.
#pragma once

#include <string_view>

namespace clinic {

// False for targets that would run script or read local files: `javascript:`,
// `vbscript:`, `file:` and `data:` other than data:image/(png|gif|jpeg|webp)
// (the rule of cmark's safe mode). The scheme is read as browsers read it:
// case-insensitive, ignoring leading control characters and spaces and any tab
// or line break inside it. `url` must already have its entities decoded.
bool is_safe_url(std::string_view url);

}  // namespace clinic

// Byte offsets to 1-based line numbers, for messages a writer can act on.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace clinic {

class LineIndex {
 public:
  // Lines end at "\n", "\r\n" or a lone "\r", as parse_post reads them, so the
  // numbers are the same in the file as written and in Post::source.
  explicit LineIndex(std::string_view text);

  // The line holding byte `offset` (offsets past the end: the last line).
  uint32_t line_of(size_t offset) const;

 private:
  std::vector<size_t> starts_;  // byte offset where each line starts
};

}  // namespace clinic

// Inline content flattened for layout: one UTF-8 string plus style runs, so that
// line breaking sees a paragraph as one text whatever its markup.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/post_model.h"

namespace clinic::view {

namespace text_style {
inline constexpr uint8_t kBold = 1 << 0;
inline constexpr uint8_t kItalic = 1 << 1;
inline constexpr uint8_t kCode = 1 << 2;
inline constexpr uint8_t kStrike = 1 << 3;
inline constexpr uint8_t kLink = 1 << 4;
}  // namespace text_style

struct StyleRun {
  uint32_t begin = 0;  // byte range in StyledText::text
  uint32_t end = 0;
  uint8_t style = 0;   // text_style flags
  int32_t link = -1;   // index into the links list given to collect_inline
};

struct StyledText {
  std::string text;
  std::vector<StyleRun> runs;  // contiguous, covering text; '\n' marks a hard break
  bool empty() const { return text.empty(); }
};

// Flattens the inline nodes in [first, end) of `post`. Soft breaks become spaces,
// hard breaks '\n'; an image contributes its alt text. Link targets are appended
// to `links` and runs refer to them by index.
StyledText collect_inline(const Post& post, uint32_t first, uint32_t end, std::vector<std::string>& links);

// Appends `s` with `style` to `out`, merging with the previous run when equal.
void append_run(StyledText& out, std::string_view s, uint8_t style, int32_t link = -1);

}  // namespace clinic::view

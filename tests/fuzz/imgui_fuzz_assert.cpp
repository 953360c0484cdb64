// A failed IM_ASSERT in the fuzz build (imgui_fuzz_config.h): a crash, but for
// the limits ImGui meets gracefully without its checks.
#include <cstdio>
#include <cstdlib>
#include <cstring>

void clinic_fuzz_imgui_assert(const char* expression, const char* file, int line) {
  // More distinct glyphs in one frame than the largest atlas (8192 x 8192)
  // holds — thousands of Hangul syllables in a title at twice the density:
  // ImGui rasterises no more of them and draws its fallback glyph instead.
  if (std::strstr(expression, "Out of texture memory") != nullptr) return;
  std::fprintf(stderr, "%s:%d: IM_ASSERT(%s) failed\n", file, line, expression);
  std::abort();
}

// Everything the reader remembers between frames, as one plain struct: it can be
// saved, restored and asserted in tests. The post itself and the layout (cached
// data derived from both) live elsewhere.
#pragma once

#include <cstdint>
#include <vector>

#include "theme.h"

namespace clinic::view {

struct ViewState {
  // Q&A items, in post order: open or closed (closed by default), and how much
  // of each answer shows while it opens or closes (0..1; follows qa_open).
  std::vector<uint8_t> qa_open;
  std::vector<float> qa_reveal;
  bool reduce_motion = false;  // prefers-reduced-motion: answers open at once

  // The viewport: the visible part of the post, in CSS pixels.
  float viewport_width = 800.0f;
  float viewport_height = 600.0f;
  float scroll_y = 0.0f;  // the post's y at the top of the viewport
  float device_pixel_ratio = 1.0f;

  Theme theme = Theme::Light;
  uint32_t accent = kDefaultAccent;  // 0xRRGGBB
  bool more_contrast = false;         // prefers-contrast: more
  float font_scale = 1.0f;           // 0.85 .. 1.6

  // Keyboard focus: an index into the layout's focus order (-1: none), and
  // whether it came from the keyboard (then the focus ring is drawn).
  int focus = -1;
  bool focus_visible = false;

  // The hit region the pointer went down on (-1: none): a click activates only
  // when it comes up on the same one.
  int pressed = -1;
};

// The reader's text size against the 17 px design size: the browser's default
// font size (a patient who chose 24 px gets 1.5) times the page's font-scale
// (0.85 to 1.6).
inline constexpr float kMinFontScale = 0.5f;
inline constexpr float kMaxFontScale = 3.0f;

}  // namespace clinic::view

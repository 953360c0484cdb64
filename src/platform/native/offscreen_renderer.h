// The reader drawn without a window: the same view (src/view) and the same
// ImGui OpenGL ES 3 backend as the browser (`#version 300 es`, as on WebGL2), on
// an EGL context on Mesa's surfaceless platform (llvmpipe: no X server, no GPU),
// into a framebuffer object whose pixels are read back into an Image.
//
// A render is one ImGui frame whose viewport is as tall as the post, so the
// view lays out and draws the whole post at once (and, with nothing to scroll,
// no reading-progress bar). That frame's draw data is then rasterised in tiles
// of at most RenderDesc::max_tile_rows device pixels, each a window onto the
// same frame (ImDrawData::DisplayPos), so a post taller than the largest
// framebuffer GL allows still comes out in one piece.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/post_model.h"
#include "png_file.h"
#include "view/post_layout.h"
#include "view/theme.h"
#include "view/font_set.h"
#include "view/view_fonts.h"

namespace clinic::native {

// What to draw: the inputs a page gives the reader. Defaults as the demo's.
struct RenderDesc {
  float width = 800.0f;  // viewport width in CSS pixels
  float scale = 1.0f;    // device pixel ratio: the image is width × scale pixels wide
  view::Theme theme = view::Theme::Light;
  uint32_t accent = view::kDefaultAccent;  // 0xRRGGBB
  float font_scale = 1.0f;
  std::vector<uint8_t> qa_open;  // per question, 1 when open; missing entries are closed
  int max_tile_rows = 4096;      // device pixels a tile may have (GL's own limits apply too)
};

struct RenderedPost {
  Image image;                // the whole post, width × scale by content height × scale
  view::PostLayout layout;    // where the view put everything (CSS pixels)
  float content_height = 0;   // CSS pixels
  int tiles = 0;
  double frame_ms = 0;        // ImGui frames: layout and draw lists
  double raster_ms = 0;       // GL drawing and read-back
};

class OffscreenRenderer {
 public:
  // The GL context, ImGui and its OpenGL backend. Sets GALLIUM_DRIVER=llvmpipe
  // and LIBGL_ALWAYS_SOFTWARE=1 unless the environment chose otherwise, so every
  // machine rasterises alike. nullptr with `error` set when there is no EGL.
  static std::unique_ptr<OffscreenRenderer> create(std::string& error);
  ~OffscreenRenderer();
  OffscreenRenderer(const OffscreenRenderer&) = delete;
  OffscreenRenderer& operator=(const OffscreenRenderer&) = delete;

  // Loads the glyph files `dir`/fonts.txt lists for the start (see font_files.h).
  bool load_fonts(const std::string& dir, std::string& error);
  // Loads the glyph files `post` needs beyond those (render() does it itself).
  bool load_glyphs_for(const Post& post, std::string& error);
  const view::ViewFonts& fonts() const;
  const view::FontSet& glyphs() const;

  bool render(const Post& post, const RenderDesc& desc, RenderedPost& out, std::string& error);

  // "llvmpipe (LLVM 15.0.6, 256 bits)", "OpenGL ES 3.2 Mesa 22.3.6"
  std::string gl_renderer() const;
  std::string gl_version() const;

 private:
  struct Impl;
  explicit OffscreenRenderer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace clinic::native

// `render`: the reader's view drawn natively (the same view code and ImGui
// OpenGL ES 3 backend as the browser, on an offscreen GL context) into a PNG of
// the whole post, and the glyph check. Built with CLINIC_READER_VIEW.
#pragma once

#include "cli/commands.h"

namespace clinic::cli {

// render FILE [--width PX] [--scale X] [--theme light|dark|sepia] [--font-scale X]
//        [--open all|none|1,3] [--fonts DIR] [-o OUT.png] [--check-glyphs] [--verbose]
int render_command(const Args& args);

}  // namespace clinic::cli

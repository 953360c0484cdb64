// `clinic-reader site POSTS_DIR -o OUT_DIR [--base-url URL] [--title TEXT] [--runtime DIR]`:
// a deployable static blog from a folder of posts (docs/embedding.md, "A static site").
#pragma once

#include "cli/commands.h"

namespace clinic::cli {

int site_command(const Args& args);

}  // namespace clinic::cli

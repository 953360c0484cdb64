// `clinic-reader bundle`: one HTML file holding a post and the whole reader
// (loader, WebAssembly, fonts), to open from file:// with no network.
#pragma once

#include "cli/commands.h"

namespace clinic::cli {

// bundle [--runtime DIR] [--theme NAME] [-o OUT.html] FILE.md
// DIR is a built dist/ folder (./build-wasm.sh); its runtime-files.txt names the files.
int bundle_command(const Args& args);

}  // namespace clinic::cli

// The commands that help bring posts in and check them before publishing:
// `import` (plain text from the old blog -> our Markdown) and `lint`.
#pragma once

#include "cli/commands.h"

namespace clinic::cli {

// import FILE.txt [-o FILE.md]: writes the Markdown to FILE.md or standard output.
int import_command(const Args& args);

// lint FILE.md [--json]: prints the writer's warnings; exit 1 when any is an error.
int lint_command(const Args& args);

}  // namespace clinic::cli

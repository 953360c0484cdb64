// clinic-reader: the command-line face of the core.
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char* kUsage =
    "usage: clinic-reader COMMAND [OPTIONS] FILE   (FILE may be - for standard input)\n"
    "\n"
    "commands:\n"
    "  inspect [--json] FILE                      the post's title, sections, Q&A and summary\n"
    "  html [--standalone] [--jsonld] [--plain] FILE\n"
    "                                             the post as accessible HTML (--plain: CommonMark HTML)\n"
    "  import [--from html|text] [--url URL] [-o FILE.md] FILE\n"
    "                                             a saved web page (.html) or plain text from the old blog\n"
    "                                             as a post in our Markdown (the kind is detected unless\n"
    "                                             --from says; --url: where the page was saved from)\n"
    "  lint [--json] FILE                         a writer's warnings, with line numbers (exit 1 on errors)\n"
    "  bundle [--runtime DIR] [--theme NAME] [-o OUT.html] FILE\n"
    "                                             one HTML file: the post and the whole reader (from DIR,\n"
    "                                             default dist/), opening from file:// with no network\n"
    "  site POSTS_DIR -o OUT_DIR [--base-url URL] [--title TEXT] [--runtime DIR]\n"
    "                                             a static blog: an index, a pre-rendered page per post,\n"
    "                                             feed.xml, sitemap.xml, offline after one visit (exit 1\n"
    "                                             when a post has lint errors or cannot be built)\n"
#if CLINIC_READER_HAS_RENDER
    "  render [--width 800] [--scale 1] [--theme light|dark|sepia] [--font-scale 1]\n"
    "         [--open all|none|1,3] [--fonts DIR] [-o OUT.png] [--check-glyphs] [--verbose] FILE\n"
    "                                             the reader's view of the whole post as a PNG; --check-glyphs\n"
    "                                             lists the characters no font can draw (exit 1 when any);\n"
    "                                             images are drawn as their alt text in a box (not loaded)\n"
#endif
    "  help                                       this text\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help" || args[0] == "--help" || args[0] == "-h") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    if (const auto run = clinic::cli::find_command(command)) return run(args);
    std::fprintf(stderr, "clinic-reader: unknown command '%s'\n\n%s", command.c_str(), kUsage);
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "clinic-reader %s: %s\n", command.c_str(), e.what());
    return 1;
  }
}

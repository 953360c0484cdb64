#include "cli/commands.h"

#include <cstdio>
#include <string>

#include "cli/authoring_commands.h"
#include "cli/bundle_command.h"
#include "cli/site_command.h"
#if CLINIC_READER_HAS_RENDER
#include "cli/render_command.h"
#endif

#include "core/html_render.h"
#include "core/parse_post.h"
#include "core/post_outline.h"
#include "view/theme_css.h"

namespace clinic::cli {
namespace {

void write_stdout(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

// HTML goes out as it is rendered, in chunks: a long post's HTML is never held whole.
void write_chunk(void*, std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); }
constexpr HtmlSink kStdout{write_chunk, nullptr};

void report_diagnostics(const Post& post) {
  for (const Diagnostic& d : post.diagnostics) {
    std::fprintf(stderr, "%s: %s\n", d.severity == Diagnostic::Severity::Error ? "error" : "warning",
                 d.message.c_str());
  }
}

int inspect(const Args& given) {
  Args args = given;
  const bool as_json = take_flag(args, "--json");
  const Post post = parse_post(read_input(take_single_path(args)));
  report_diagnostics(post);
  const PostOutline outline = outline_of(post);
  write_stdout(as_json ? outline_to_json(outline) : outline_to_text(outline));
  return 0;
}

int html(const Args& given) {
  Args args = given;
  HtmlOptions options;
  options.standalone = take_flag(args, "--standalone");
  options.json_ld = take_flag(args, "--jsonld");
  // The reader's one theme and typography (src/view/theme.cpp, article_css.cpp).
  if (options.standalone) options.theme_css = view::standalone_page_css();
  const bool plain = take_flag(args, "--plain");
  std::string input = read_input(take_single_path(args));
  if (plain) {
    render_plain_html(parse_post(std::move(input), ParseOptions{.recognize_structure = false}), kStdout);
    return 0;
  }
  const Post post = parse_post(std::move(input));  // the input becomes the post's source
  report_diagnostics(post);
  render_article_html(post, options, kStdout);
  return 0;
}

struct NamedCommand {
  std::string_view name;
  Command run;
};
constexpr NamedCommand kCommands[] = {
    {"inspect", inspect},
    {"html", html},
    {"import", import_command},
    {"lint", lint_command},
    {"bundle", bundle_command},
    {"site", site_command},
#if CLINIC_READER_HAS_RENDER
    {"render", render_command},
#endif
};

}  // namespace

Command find_command(std::string_view name) {
  for (const NamedCommand& c : kCommands) {
    if (c.name == name) return c.run;
  }
  return nullptr;
}

}  // namespace clinic::cli

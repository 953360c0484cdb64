#include "cli/render_command.h"

#include <charconv>
#include <cstdio>
#include <optional>
#include <string>

#include "core/parse_post.h"
#include "platform/native/font_files.h"
#include "platform/native/glyph_check.h"
#include "platform/native/offscreen_renderer.h"
#include "view/view_input.h"

namespace clinic::cli {
namespace {

float number_option(Args& args, std::string_view option, float fallback, float low, float high) {
  const std::optional<std::string> value = take_option(args, option);
  if (!value) return fallback;
  float x = 0.0f;
  const auto [end, ec] = std::from_chars(value->data(), value->data() + value->size(), x);
  if (ec != std::errc() || end != value->data() + value->size() || !(x >= low && x <= high)) {
    char range[64];
    std::snprintf(range, sizeof range, " (a number from %g to %g)", double(low), double(high));
    throw UsageError(std::string(option) + " " + *value + ": expected" + range);
  }
  return x;
}

// "all", "none" or 1-based question numbers "1,3" → one flag per question.
std::vector<uint8_t> open_questions(const std::string& spec, size_t questions) {
  if (spec == "all") return std::vector<uint8_t>(questions, 1);
  std::vector<uint8_t> open(questions, 0);
  if (spec == "none") return open;
  for (size_t start = 0; start <= spec.size();) {
    const size_t comma = std::min(spec.find(',', start), spec.size());
    const std::string_view item(spec.data() + start, comma - start);
    size_t n = 0;
    const auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), n);
    if (ec != std::errc() || end != item.data() + item.size()) {
      throw UsageError("--open " + spec + ": expected all, none or question numbers such as 1,3");
    }
    if (n < 1 || n > questions) {
      throw UsageError("--open: there is no question " + std::string(item) + " (the post has " +
                       std::to_string(questions) + ")");
    }
    open[n - 1] = 1;
    start = comma + 1;
  }
  return open;
}

}  // namespace

int render_command(const Args& given) {
  Args args = given;
  native::RenderDesc desc;
  desc.width = number_option(args, "--width", desc.width, 120.0f, 8192.0f);
  desc.scale = number_option(args, "--scale", desc.scale, 0.5f, 8.0f);
  desc.font_scale = number_option(args, "--font-scale", desc.font_scale, view::kMinFontScale, view::kMaxFontScale);
  if (const std::optional<std::string> theme = take_option(args, "--theme")) {
    if (!view::theme_from_name(*theme, desc.theme)) throw UsageError("--theme " + *theme + ": expected light, dark or sepia");
  }
  const std::optional<std::string> open = take_option(args, "--open");
  const std::string font_dir = take_option(args, "--fonts").value_or(native::default_font_dir());
  const std::optional<std::string> output = take_option(args, "-o");
  const bool check_glyphs = take_flag(args, "--check-glyphs");
  const bool verbose = take_flag(args, "--verbose");
  const std::string path = take_single_path(args);
  if (!output && !check_glyphs) throw UsageError("nothing to do: give -o OUT.png, --check-glyphs or both");

  const Post post = parse_post(read_input(path));
  size_t questions = 0;
  for (const Node& n : post.nodes) questions += n.kind == NodeKind::QaItem;
  if (open) desc.qa_open = open_questions(*open, questions);

  std::string error;
  std::unique_ptr<native::OffscreenRenderer> renderer = native::OffscreenRenderer::create(error);
  if (!renderer) throw std::runtime_error(error);
  if (!renderer->load_fonts(font_dir, error)) throw std::runtime_error(error);

  int status = 0;
  if (output) {
    native::RenderedPost rendered;
    if (!renderer->render(post, desc, rendered, error)) throw std::runtime_error(error);
    if (!native::write_png(*output, rendered.image, error)) throw std::runtime_error(error);
    if (verbose) {
      std::fprintf(stderr, "%s: %d×%d px (%.0f×%.0f CSS px at scale %g) in %d tile(s); frames %.1f ms, GL %.1f ms [%s]\n",
                   output->c_str(), rendered.image.width, rendered.image.height, double(desc.width),
                   double(rendered.content_height), double(desc.scale), rendered.tiles, rendered.frame_ms,
                   rendered.raster_ms, renderer->gl_renderer().c_str());
    }
  }
  if (check_glyphs) {
    if (!renderer->load_glyphs_for(post, error)) throw std::runtime_error(error);
    const std::vector<native::MissingCodepoint> missing = native::missing_codepoints(post, renderer->glyphs());
    const std::string listing = native::describe_missing(missing);
    std::fwrite(listing.data(), 1, listing.size(), stdout);
    if (!missing.empty()) {
      std::fprintf(stderr, "%s: %zu code point(s) no loaded font can draw (fonts from %s)\n", path.c_str(),
                   missing.size(), font_dir.c_str());
      status = 1;
    }
  }
  return status;
}

}  // namespace clinic::cli

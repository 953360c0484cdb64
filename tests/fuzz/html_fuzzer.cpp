// Model -> HTML: the article (fragment and standalone page, with and without
// JSON-LD) and the plain rendition, read back the way a browser would
// (tests/html/html_scan.h): nothing executable, every tag closed.
#include "core/html_render.h"
#include "core/parse_post.h"
#include "fuzz/fuzz_support.h"
#include "html/html_scan.h"

using namespace clinic;

namespace {

void require_safe(const std::string& html, const Post& post, size_t per_byte, const char* what) {
  fuzz::require_none(invariants::html_problem(html, post, per_byte), what);
  for (const std::string& finding : testing::executable_constructs(html)) fuzz::require_none(finding, what);
  for (const std::string& finding : testing::unbalanced_tags(html)) fuzz::require_none(finding, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first byte picks the article's options; the rest is the post.
  const uint8_t options = size > 0 ? data[0] : 0;
  const std::string_view text = size > 0 ? fuzz::as_text(data + 1, size - 1) : std::string_view{};

  const Post post = parse_post(text);
  const HtmlOptions html_options{.standalone = (options & 1) != 0, .json_ld = (options & 2) != 0};
  require_safe(render_article_html(post, html_options), post, invariants::kArticleHtmlPerByte, "article");
  // The plain writer must cope with recognised nodes too.
  require_safe(render_plain_html(post), post, invariants::kArticleHtmlPerByte, "plain, recognised model");

  const Post plain = parse_post(text, {.recognize_structure = false});
  require_safe(render_plain_html(plain), plain, invariants::kPlainHtmlPerByte, "plain");
  return 0;
}

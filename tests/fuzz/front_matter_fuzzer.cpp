// The front matter reader: on the raw bytes, on them fenced as front matter,
// and inside a whole post, where its fields reach the article's header.
#include <string>

#include "core/front_matter.h"
#include "core/html_render.h"
#include "core/parse_post.h"
#include "fuzz/fuzz_support.h"

using namespace clinic;

namespace {

void check_reading(std::string_view source) {
  const FrontMatter fm = read_front_matter(source);
  fuzz::require(fm.body_offset <= source.size(), "body_offset past the end");
  fuzz::require(fm.meta.has_front_matter || fm.body_offset == 0, "a body offset without front matter");
  fuzz::require(!fm.meta.has_front_matter || source.substr(0, 3) == "---", "front matter without its fence");
  for (const Diagnostic& d : fm.diagnostics) fuzz::require(d.source_offset <= source.size(), "diagnostic past the end");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes = fuzz::as_text(data, size);
  check_reading(bytes);
  const std::string fenced = "---\n" + std::string(bytes) + "\n---\nBody.\n";
  check_reading(fenced);

  const Post post = parse_post(fenced);
  fuzz::require_none(invariants::model_problem(post), "model");
  for (const std::string* field : {&post.meta.title, &post.meta.author, &post.meta.date, &post.meta.lang}) {
    fuzz::require(invariants::is_valid_utf8(*field) && field->find('\0') == std::string::npos, "field not clean text");
  }
  const std::string page = render_article_html(post, {.standalone = true, .json_ld = true});
  fuzz::require_none(invariants::html_problem(page, post, invariants::kArticleHtmlPerByte), "page");
  return 0;
}

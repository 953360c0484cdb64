// The saved-page importer (`clinic-reader import page.html`): any bytes, read as
// a page, -> Markdown. What it promises (docs/post-format.md, "Importing saved
// web pages"): no crash or hang on any markup, clean UTF-8 that reads back into
// a sound model with the front matter the importer says it wrote, and no link
// or image target the reader would refuse (unsafe schemes are dropped on import).
#include <string>

#include "core/front_matter.h"
#include "core/import_html.h"
#include "core/lint_post.h"
#include "core/parse_post.h"
#include "fuzz/fuzz_support.h"

using namespace clinic;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view page = fuzz::as_text(data, size);
  const ImportedPost imported = import_html(page, {.page_url = "https://clinic.example/blog/post.html"});
  const std::string& markdown = imported.markdown;
  fuzz::require(invariants::is_valid_utf8(markdown) && markdown.find('\0') == std::string::npos,
                "the Markdown is not clean UTF-8");

  const Post post = parse_post(markdown);
  fuzz::require_none(invariants::model_problem(post), "imported model");
  const PostMeta& in = imported.meta;
  const PostMeta out = read_front_matter(markdown).meta;
  for (const auto field : {&PostMeta::title, &PostMeta::author, &PostMeta::role, &PostMeta::clinic, &PostMeta::date}) {
    if (out.*field == in.*field) continue;
    std::fprintf(stderr, "written \"%s\", read \"%s\"\n--- imported Markdown ---\n%s\n", (in.*field).c_str(),
                 (out.*field).c_str(), markdown.c_str());
    fuzz::require(false, "the front matter does not read back as written");
  }
  fuzz::require(out.tags == in.tags, "the tags do not read back as written");
  for (const LintDiagnostic& d : lint_post(markdown)) {
    if (d.rule != "unsafe-target") continue;
    std::fprintf(stderr, "line %zu: %s\n--- imported Markdown ---\n%s\n", static_cast<size_t>(d.line),
                 d.message.c_str(), markdown.c_str());
    fuzz::require(false, "the import wrote a target the reader drops");
  }
  return 0;
}

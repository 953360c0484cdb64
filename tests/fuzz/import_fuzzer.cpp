// The plain-text importer (`clinic-reader import`, the authoring page): any
// bytes -> Markdown. What it promises (docs/post-format.md, "Importing plain
// text"): the Markdown reads back into a sound model with the front matter the
// importer says it wrote, in proportion to the input, and nothing of the text
// is lost or reordered (tests/import/import_words.h, the import tests' check).
#include <string>

#include "core/front_matter.h"
#include "core/import_plain_text.h"
#include "core/parse_post.h"
#include "fuzz/fuzz_support.h"
#include "core/recognition_vocabulary.h"
#include "import/import_words.h"

using namespace clinic;

namespace {

// Markdown bytes per input byte, at worst: a byte that is not UTF-8 becomes
// U+FFFD (3 bytes); a one-character line ("*\n") becomes a list item or a bold
// question with its markup, escape, line end and the blank line between blocks;
// the greeting's author, role and clinic are copied into the front matter.
constexpr size_t kMarkdownPerByte = 8;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  const ImportedPost imported = import_plain_text(text);
  const std::string& markdown = imported.markdown;
  fuzz::require(invariants::is_valid_utf8(markdown) && markdown.find('\0') == std::string::npos,
                "the Markdown is not clean UTF-8");
  fuzz::require(markdown.size() <= kMarkdownPerByte * size + 1024, "the Markdown is out of proportion to the input");

  // Read back as the reader does: a sound model, and the front matter written.
  const Post post = parse_post(markdown);
  fuzz::require_none(invariants::model_problem(post), "imported model");
  // (Recognition may take a title from the body when none was written: the
  // front matter itself is compared.)
  const PostMeta& in = imported.meta;
  const PostMeta out = read_front_matter(markdown).meta;
  for (const auto field : {&PostMeta::title, &PostMeta::author, &PostMeta::role, &PostMeta::clinic}) {
    if (out.*field == in.*field) continue;
    std::fprintf(stderr, "written \"%s\", read \"%s\"\n--- imported Markdown ---\n%s\n", (in.*field).c_str(),
                 (out.*field).c_str(), markdown.c_str());
    fuzz::require(false, "the front matter does not read back as written");
  }
  fuzz::require(out.lang == in.lang && post.meta.lang == in.lang, "the language does not read back as written");

  // Nothing lost or reordered: the same words in the same order.
  // Any bytes: the crumbs are what the importer's vocabulary says (the import
  // tests hold its decisions to hand-written lists).
  const import_words::Words before = import_words::input_words(
      text, vocabulary::is_scrape_debris,
      [](std::string_view line, bool above_title) { return import::is_blog_name(line) || import::is_date_line(line, above_title); },
      import::reads_as_title);
  const import_words::Words after = import_words::output_words(markdown);
  if (before != after) {
    size_t k = 0;
    while (k < before.size() && k < after.size() && before[k] == after[k]) ++k;
    std::fprintf(stderr, "word %zu: input \"%s\", output \"%s\"\n--- imported Markdown ---\n%s\n", k,
                 k < before.size() ? before[k].c_str() : "(end)", k < after.size() ? after[k].c_str() : "(end)",
                 markdown.c_str());
    fuzz::require(false, "the words of the input are not the words of the Markdown");
  }
  return 0;
}

// Markdown -> model with structure recognition, and the outline `inspect`
// prints: sections, Q&A and summary cards found in any bytes.
#include "core/parse_post.h"
#include "core/post_outline.h"
#include "fuzz/fuzz_support.h"

using namespace clinic;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Post post = parse_post(fuzz::as_text(data, size));
  fuzz::require_none(invariants::model_problem(post), "recognised model");
  fuzz::require(!post.meta.lang.empty(), "no language");

  const PostOutline outline = outline_of(post);
  size_t qa_items = 0;
  size_t cards = 0;
  for (const Node& n : post.nodes) {
    qa_items += n.kind == NodeKind::QaItem;
    cards += n.kind == NodeKind::SummaryCard;
  }
  fuzz::require(outline.qa.size() == qa_items && outline.summary.size() == cards, "outline disagrees with the model");
  const std::string json = outline_to_json(outline);
  const std::string text = outline_to_text(outline);
  fuzz::require(invariants::is_valid_utf8(json) && invariants::is_valid_utf8(text), "outline is not valid UTF-8");
  return 0;
}

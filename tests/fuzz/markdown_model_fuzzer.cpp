// Markdown -> model with recognition off: md4c's callbacks through the model
// builder, for any bytes.
#include "core/parse_post.h"
#include "fuzz/fuzz_support.h"

using namespace clinic;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Post post = parse_post(fuzz::as_text(data, size), {.recognize_structure = false});
  fuzz::require_none(invariants::model_problem(post), "model");
  fuzz::require(!post.meta.has_front_matter && post.body_offset == 0, "front matter read with recognition off");
  return 0;
}

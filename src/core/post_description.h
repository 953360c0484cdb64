// A post's one-line description for listings and metadata (the site's index,
// <meta name="description">, Open Graph, the Atom feed's summary).
#pragma once

#include <string>

#include "post_model.h"

namespace clinic {

// The front matter's `summary` when it has one; else the first sentence of the
// post's text that is not a greeting ("Hello.", "This is Chief Director Kim
// Ha-won.", "안녕하세요.") — what a reader of a listing wants first. At most
// about 200 characters, cut at a space with "…". Empty for a post with no text.
std::string post_description(const Post& post);

}  // namespace clinic

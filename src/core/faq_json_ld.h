// schema.org FAQPage JSON-LD for a post's Q&A items: what `html --jsonld`
// writes at the end of the article and the site's post pages put in <head>.
#pragma once

#include <string>

#include "post_model.h"

namespace clinic {

// `<script type="application/ld+json">{"@type":"FAQPage",...}</script>\n`, or
// empty when the post has no question. The JSON escapes '<', so no text of the
// post can end the script.
std::string faq_json_ld(const Post& post);

}  // namespace clinic

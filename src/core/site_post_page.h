// A post's page in the static site (posts/SLUG.html): the article
// pre-rendered inside <clinic-reader> — exactly what `clinic-reader html`
// writes, so the text is in the HTML and the page reads without script — with
// the metadata search engines and link previews read: <title>, description,
// canonical URL, Open Graph, hreflang links to the post's other languages and
// FAQPage JSON-LD when the post has Q&A.
#pragma once

#include <string>
#include <vector>

#include "post_model.h"
#include "site_post.h"

namespace clinic {

struct SitePostPage {
  const Post& post;
  const SitePost& site_post;
  std::vector<const SitePost*> translations;  // translations_of()
  const SiteOptions& options;
};

std::string site_post_page_html(const SitePostPage& page);

}  // namespace clinic

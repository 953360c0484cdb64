// The static site's sitemap.xml (sitemaps.org 0.9): the index and every post's
// page, with its date and, for a post in several languages, its versions
// (xhtml:link hreflang, as search engines read them in sitemaps).
#pragma once

#include <string>
#include <vector>

#include "site_post.h"

namespace clinic {

// Empty when the site has no base URL: a sitemap's locations are absolute.
std::string sitemap_xml(const std::vector<SitePost>& posts, const SiteOptions& options);

}  // namespace clinic

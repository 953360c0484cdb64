// The static site's index page (index.html): every post, newest first, with
// its title, date, language, description and tags, readable without script.
#pragma once

#include <string>
#include <vector>

#include "site_post.h"

namespace clinic {

// `posts` in the order to list them (listed_before).
std::string site_index_html(const std::vector<SitePost>& posts, const SiteOptions& options);

}  // namespace clinic

// The static site's Atom feed (feed.xml, RFC 4287): the newest dated posts,
// each with its title, page, date, author, description and tags.
#pragma once

#include <string>
#include <vector>

#include "site_post.h"

namespace clinic {

// `posts` newest first (listed_before); the first options.feed_entries
// dated ones become entries (an entry needs a date). Empty when the site has
// no base URL (a feed's ids and links are absolute) or no dated post.
std::string site_feed_xml(const std::vector<SitePost>& posts, const SiteOptions& options);

}  // namespace clinic

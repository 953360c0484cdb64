// Pieces the site's pages share (site_index.cpp, site_post_page.cpp).
#pragma once

#include <string_view>

#include "html_output.h"
#include "site_post.h"

namespace clinic::site {

// <!doctype> to the stylesheet and scripts every page of the site loads:
// charset, viewport, <title>, the runtime's stylesheet (reader/clinic-reader.css:
// the reader's theme and article typography) and offline.js, which registers
// the site's service worker. `root` leads from the page to the site's root
// ("" or "../"). The caller adds its own head elements, then "</head>".
void append_head_start(HtmlOutput& out, std::string_view lang, std::string_view title, std::string_view root);

// `<link rel="alternate" type="application/atom+xml" ...>` when the site has a feed.
void append_feed_link(HtmlOutput& out, const SiteOptions& options, std::string_view root);

// A post's date, language and tags: "<time>2026-11-26</time> · English · milia, CO2 laser".
void append_post_facts(HtmlOutput& out, const SitePost& post);

}  // namespace clinic::site

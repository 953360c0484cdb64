// One post as the static site (`clinic-reader site`) sees it: what its pages,
// the index, the feed and the sitemap say about it, and where it lives.
//
// The site's layout, relative to its root (docs/embedding.md, "A static site"):
//   index.html, offline.js, sw.js, feed.xml, sitemap.xml
//   posts/SLUG.html   the post's page, posts/SLUG.md its Markdown
//   reader/           the reader's runtime
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "post_model.h"

namespace clinic {

struct SiteOptions {
  // The site's address, ending in '/' (https://clinic.example/blog/). Empty:
  // pages link each other relatively and there are no canonical URLs, no
  // sitemap and no feed, which need absolute URLs.
  std::string base_url;
  std::string title = "Blog";  // the index's heading, the feed's title
  size_t feed_entries = 50;    // the newest posts in feed.xml
};

struct SitePost {
  std::string slug;  // front matter `slug`, else the file name without ".md"
  std::string title;
  std::string date;  // YYYY-MM-DD (normalized_date of `date`); empty when none
  std::string lang;
  std::string author;
  std::string description;  // post_description()
  std::vector<std::string> tags;
  // Posts with the same key are one post in several languages: front matter
  // `translation`, else NAME for a file named NAME.LANG.md (milia.ko.md and
  // milia.en.md). Empty: no other version.
  std::string translation;
};

// `file_name`: the post's file name in the posts folder ("milia.ko.md").
SitePost site_post_of(const Post& post, std::string_view file_name);

// Why `slug` cannot name a page ("" when it can): it becomes a file name and a
// URL path segment, so no '/', '\\', control characters or leading '.'.
std::string slug_problem(std::string_view slug);

// Newest first (by date; undated posts last), then by title and slug: the
// order of the index, the feed and the sitemap. A strict weak order for std::sort.
bool listed_before(const SitePost& a, const SitePost& b);

// The other versions of posts[index] (same `translation` key), in the order of `posts`.
std::vector<const SitePost*> translations_of(const std::vector<SitePost>& posts, size_t index);

// Paths from the site's root; the page's own folder is "posts/".
std::string post_page_path(const SitePost& post);      // "posts/SLUG.html"
std::string post_markdown_path(const SitePost& post);  // "posts/SLUG.md"

// `path` (from the site's root) as an absolute URL, or "" without a base URL.
std::string site_url(const SiteOptions& options, std::string_view path);

// "한국어", "English", ...: a language's own name for the reader's two
// languages, else its code.
std::string_view language_name(std::string_view lang);

}  // namespace clinic

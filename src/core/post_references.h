// The files a post points at beside itself: its images, its links to local
// files (a PDF leaflet) and its cover. The static site copies each one found
// inside the posts folder to the same relative place beside the post's page,
// so the post's relative URLs work there as they did beside its Markdown.
// Read from the post model (its Image and Link nodes), never from the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "post_model.h"

namespace clinic {

struct PostReference {
  enum class Kind : uint8_t { Image, Link, Cover };
  enum class Target : uint8_t {
    Inside,    // a relative URL that stays inside the post's folder: `path` names the file
    Outside,   // a relative URL that climbs out of it ("../../etc/passwd"), or names no file
    Absolute,  // a path from the server's root ("/images/a.jpg"): the site cannot know what is there
  };
  Kind kind = Kind::Image;
  Target target = Target::Inside;
  std::string href;  // as written (entities decoded)
  // Inside: the file's path from the post's folder, dot segments resolved and
  // percent-escapes decoded ("images/milia 1.jpg" for "./images/milia%201.jpg").
  std::string path;
  uint32_t source_offset = 0;  // where it is written in Post::source (for its line)
};

// Every Image, Link and the front matter's `cover` whose URL is a path (no
// scheme, not "//host", not only "#fragment" or "?query"), in the post's order.
// Targets dropped as unsafe have no URL and are not listed.
std::vector<PostReference> post_references(const Post& post);

// `href`'s path with "." and ".." segments resolved, its query and fragment
// cut ("./images/../a.png?v=2" -> "a.png"), still percent-encoded as written;
// nullopt when ".." climbs above the folder it starts in. For a relative URL
// with no scheme; "" when it names the folder itself.
std::optional<std::string> resolved_relative_url(std::string_view href);

// The source of the post's first image that a link preview can show: an
// http(s) URL or a relative path inside the post's folder; empty when none.
std::string_view first_image_source(const Post& post);

// "%20" and the other escapes of a URL path decoded; nullopt when a decoded
// byte is NUL or a path separator would appear from an escape ("%2F").
std::optional<std::string> percent_decoded_path(std::string_view url_path);

}  // namespace clinic

// Relative URLs of a saved page made absolute against its address (RFC 3986,
// section 5.2): an imported post is read on another site, where `/img/a.jpg`
// or `../posts/b.html` would point nowhere.
#pragma once

#include <string>
#include <string_view>

namespace clinic {

// `reference` resolved against `base`. When `base` is not an absolute URL
// (no scheme and host), or `reference` already has a scheme, `reference` comes
// back unchanged (trimmed of white space at its ends, as browsers trim it).
std::string resolve_url(std::string_view base, std::string_view reference);

// The scheme ("https", "mailto") of an absolute URL, lower case; empty when none.
std::string url_scheme(std::string_view url);

}  // namespace clinic

#include "post_references.h"

#include "inline_source.h"

namespace clinic {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "https:", "mailto:", "data:": a scheme before any '/', '?' or '#' (RFC 3986).
bool has_scheme(std::string_view href) {
  if (href.empty() || !is_alpha(href[0])) return false;
  for (char c : href.substr(1)) {
    if (c == ':') return true;
    if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

// A URL that names a file by path: not another site's, not a place in this page.
bool is_path(std::string_view href) {
  return !href.empty() && href[0] != '#' && href[0] != '?' && !href.starts_with("//") && !href.starts_with("\\\\") &&
         !has_scheme(href);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

PostReference reference_of(PostReference::Kind kind, std::string_view href, uint32_t offset) {
  PostReference ref;
  ref.kind = kind;
  ref.href = href;
  ref.source_offset = offset;
  // A browser reads '\' as '/' in an http(s) URL: so does this.
  if (href.front() == '/' || href.front() == '\\') {
    ref.target = PostReference::Target::Absolute;
    return ref;
  }
  const std::optional<std::string> url = resolved_relative_url(href);
  const std::optional<std::string> path = url ? percent_decoded_path(*url) : std::nullopt;
  if (!path) {
    ref.target = PostReference::Target::Outside;
    return ref;
  }
  ref.path = *path;
  return ref;
}

// Where `cover:` is written in the front matter.
uint32_t cover_offset(const Post& post) {
  const size_t at = post.source.find("\ncover:");
  return at == std::string::npos || at > post.body_offset ? 0 : static_cast<uint32_t>(at + 1);
}

// "." and "..", also written "%2e" and "%2E" in any part, as the URL standard reads them.
bool is_dot(std::string_view segment, size_t dots) {
  size_t seen = 0;
  for (size_t i = 0; i < segment.size(); ++seen) {
    if (segment[i] == '.') {
      ++i;
    } else if (segment.substr(i, 3) == "%2e" || segment.substr(i, 3) == "%2E") {
      i += 3;
    } else {
      return false;
    }
  }
  return seen == dots;
}

}  // namespace

std::optional<std::string> resolved_relative_url(std::string_view href) {
  const size_t cut = href.find_first_of("?#");
  const std::string_view path = href.substr(0, cut);
  std::vector<std::string_view> segments;
  bool folder = false;  // the last segment was "." or "..": what is left names a folder
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    const bool up = is_dot(segment, 2);
    folder = up || is_dot(segment, 1);
    if (up) {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!folder && !(segment.empty() && end < path.size())) {
      segments.push_back(segment);  // "a//b" keeps no empty segment; a trailing "/" does
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string_view segment : segments) {
    if (!resolved.empty()) resolved += '/';
    resolved += segment;
  }
  if (folder && !resolved.empty()) resolved += '/';
  return resolved;
}

std::optional<std::string> percent_decoded_path(std::string_view url_path) {
  std::string decoded;
  decoded.reserve(url_path.size());
  for (size_t i = 0; i < url_path.size(); ++i) {
    char c = url_path[i];
    if (c == '%' && i + 2 < url_path.size() && hex_value(url_path[i + 1]) >= 0 && hex_value(url_path[i + 2]) >= 0) {
      c = static_cast<char>(hex_value(url_path[i + 1]) * 16 + hex_value(url_path[i + 2]));
      i += 2;
      if (c == '/' || c == '\\' || c == '\0') return std::nullopt;
    }
    if (c == '\0') return std::nullopt;
    decoded += c;
  }
  return decoded;
}

std::vector<PostReference> post_references(const Post& post) {
  std::vector<PostReference> found;
  if (is_path(post.meta.cover)) found.push_back(reference_of(PostReference::Kind::Cover, post.meta.cover, cover_offset(post)));
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    const Node& n = post.nodes[i];
    if (n.kind != NodeKind::Image && n.kind != NodeKind::Link) continue;
    const std::string_view href = post.str(n.href);
    if (!is_path(href)) continue;
    const bool image = n.kind == NodeKind::Image;
    const size_t offset = inline_source_offset(post, i, image ? "![" : "](");
    found.push_back(reference_of(image ? PostReference::Kind::Image : PostReference::Kind::Link, href,
                                 static_cast<uint32_t>(offset)));
  }
  return found;
}

std::string_view first_image_source(const Post& post) {
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    const Node& n = post.nodes[i];
    if (n.kind != NodeKind::Image) continue;
    const std::string_view href = post.str(n.href);
    if (href.starts_with("https://") || href.starts_with("http://")) return href;
    if (is_path(href) && href.front() != '/' && href.front() != '\\') {
      const std::optional<std::string> url = resolved_relative_url(href);
      if (url && !url->empty() && url->back() != '/') return href;
    }
  }
  return {};
}

}  // namespace clinic

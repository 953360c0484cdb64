#include "url_resolution.h"

#include <vector>

namespace clinic {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// RFC 3986 5.2.4: "a/b/../c/./d" -> "a/c/d".
std::string without_dot_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  const bool absolute = path.starts_with('/');
  size_t i = absolute ? 1 : 0;
  bool trailing_slash = false;
  while (i <= path.size()) {
    size_t end = path.find('/', i);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(i, end - i);
    trailing_slash = end < path.size() || segment == "." || segment == "..";
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != ".") {
      segments.push_back(segment);
    }
    i = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (size_t k = 0; k < segments.size(); ++k) {
    if (k > 0) out.push_back('/');
    out.append(segments[k]);
  }
  if (trailing_slash && !segments.empty() && !segments.back().empty()) out.push_back('/');
  return out;
}

}  // namespace

std::string url_scheme(std::string_view url) {
  url = trimmed(url);
  size_t i = 0;
  while (i < url.size() && ((url[i] >= 'a' && url[i] <= 'z') || (url[i] >= 'A' && url[i] <= 'Z') ||
                            (i > 0 && ((url[i] >= '0' && url[i] <= '9') || url[i] == '+' || url[i] == '-' || url[i] == '.')))) {
    ++i;
  }
  if (i == 0 || i >= url.size() || url[i] != ':') return {};
  std::string scheme(url.substr(0, i));
  for (char& c : scheme) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return scheme;
}

std::string resolve_url(std::string_view base, std::string_view reference) {
  reference = trimmed(reference);
  base = trimmed(base);
  const std::string scheme = url_scheme(base);
  if (!url_scheme(reference).empty() || scheme.empty()) return std::string(reference);
  const size_t authority = scheme.size() + 1;
  if (base.substr(authority, 2) != "//") return std::string(reference);  // mailto:, data: cannot be a base
  // base = scheme "://" host path [?query] [#fragment]
  size_t host_end = base.find_first_of("/?#", authority + 2);
  if (host_end == std::string_view::npos) host_end = base.size();
  const std::string_view origin = base.substr(0, host_end);
  std::string_view rest = base.substr(host_end);
  const std::string_view path_and_query = rest.substr(0, rest.find('#'));
  const std::string_view path = path_and_query.substr(0, path_and_query.find('?'));

  if (reference.starts_with("//")) return scheme + ":" + std::string(reference);
  if (reference.empty()) return std::string(path_and_query.empty() ? origin : base.substr(0, host_end + path_and_query.size()));
  if (reference.starts_with('#')) return std::string(origin) + std::string(path_and_query) + std::string(reference);
  if (reference.starts_with('?')) return std::string(origin) + std::string(path.empty() ? "/" : path) + std::string(reference);

  const size_t tail = reference.find_first_of("?#");
  const std::string_view ref_path = reference.substr(0, tail);
  const std::string_view ref_tail = tail == std::string_view::npos ? std::string_view() : reference.substr(tail);
  std::string merged;
  if (ref_path.starts_with('/')) {
    merged = std::string(ref_path);
  } else {
    const size_t slash = path.rfind('/');
    merged = (slash == std::string_view::npos ? std::string("/") : std::string(path.substr(0, slash + 1))) +
             std::string(ref_path);
  }
  return std::string(origin) + without_dot_segments(merged) + std::string(ref_tail);
}

}  // namespace clinic

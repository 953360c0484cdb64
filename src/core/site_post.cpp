#include "site_post.h"

#include "date_text.h"
#include "post_description.h"

namespace clinic {
namespace {

std::string_view field(const PostMeta& meta, std::string_view key) {
  for (const MetaField& f : meta.fields) {
    if (f.key == key && !f.is_list) return f.value;
  }
  return {};
}

// "milia.ko.md" -> "milia.ko"
std::string_view without_md(std::string_view file_name) {
  return file_name.ends_with(".md") ? file_name.substr(0, file_name.size() - 3) : file_name;
}

// "milia.ko" -> "milia": a stem ending in a language code (2 or 3 lower-case letters).
std::string_view name_before_language(std::string_view stem) {
  const size_t dot = stem.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};
  const std::string_view code = stem.substr(dot + 1);
  if (code.size() < 2 || code.size() > 3) return {};
  for (char c : code) {
    if (c < 'a' || c > 'z') return {};
  }
  return stem.substr(0, dot);
}

}  // namespace

SitePost site_post_of(const Post& post, std::string_view file_name) {
  SitePost site;
  const std::string_view stem = without_md(file_name);
  const std::string_view slug = field(post.meta, "slug");
  site.slug = slug.empty() ? stem : slug;
  site.title = post.meta.title.empty() ? site.slug : post.meta.title;
  site.date = normalized_date(post.meta.date);
  site.lang = post.meta.lang;
  site.author = post.meta.author;
  site.description = post_description(post);
  site.tags = post.meta.tags;
  const std::string_view translation = field(post.meta, "translation");
  site.translation = translation.empty() ? name_before_language(stem) : translation;
  return site;
}

std::string slug_problem(std::string_view slug) {
  if (slug.empty()) return "an empty slug";
  if (slug.front() == '.') return "a slug may not start with '.'";
  for (unsigned char c : slug) {
    if (c == '/' || c == '\\') return "a slug may not hold '/' or '\\'";
    if (c < 0x20 || c == 0x7F) return "a slug may not hold control characters";
  }
  return {};
}

bool listed_before(const SitePost& a, const SitePost& b) {
  if (a.date.empty() != b.date.empty()) return b.date.empty();  // dated before undated
  if (a.date != b.date) return a.date > b.date;
  if (a.title != b.title) return a.title < b.title;
  return a.slug < b.slug;
}

std::vector<const SitePost*> translations_of(const std::vector<SitePost>& posts, size_t index) {
  std::vector<const SitePost*> found;
  const std::string& key = posts[index].translation;
  if (key.empty()) return found;
  for (size_t i = 0; i < posts.size(); ++i) {
    if (i != index && posts[i].translation == key) found.push_back(&posts[i]);
  }
  return found;
}

std::string post_page_path(const SitePost& post) { return "posts/" + post.slug + ".html"; }
std::string post_markdown_path(const SitePost& post) { return "posts/" + post.slug + ".md"; }

std::string site_url(const SiteOptions& options, std::string_view path) {
  if (options.base_url.empty()) return {};
  return options.base_url + std::string(path);
}

std::string_view language_name(std::string_view lang) {
  if (lang == "ko") return "한국어";
  if (lang == "en") return "English";
  return lang;
}

}  // namespace clinic

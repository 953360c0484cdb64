#include "sitemap.h"

#include "html_escape.h"
#include "xml_text.h"

namespace clinic {
namespace {

void append_alternate(HtmlOutput& out, const SitePost& post, const SiteOptions& options) {
  if (post.lang.empty()) return;
  out.append("<xhtml:link rel=\"alternate\" hreflang=\"");
  xml::append_text(out, post.lang);
  out.append("\" href=\"");
  html::append_url(out, site_url(options, post_page_path(post)));
  out.append("\"/>\n");
}

void append_url(HtmlOutput& out, std::string_view location, std::string_view date) {
  out.append("<url>\n<loc>");
  html::append_url(out, location);
  out.append("</loc>\n");
  if (!date.empty()) {
    out.append("<lastmod>");
    xml::append_text(out, date);
    out.append("</lastmod>\n");
  }
}

}  // namespace

std::string sitemap_xml(const std::vector<SitePost>& posts, const SiteOptions& options) {
  if (options.base_url.empty()) return {};
  HtmlOutput out(512 + posts.size() * 256);
  out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
             "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
             "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
  append_url(out, options.base_url, posts.empty() ? std::string_view() : posts.front().date);
  out.append("</url>\n");
  for (size_t i = 0; i < posts.size(); ++i) {
    append_url(out, site_url(options, post_page_path(posts[i])), posts[i].date);
    const std::vector<const SitePost*> others = translations_of(posts, i);
    if (!others.empty()) {
      append_alternate(out, posts[i], options);  // the set names every version, this one too
      for (const SitePost* other : others) append_alternate(out, *other, options);
    }
    out.append("</url>\n");
  }
  out.append("</urlset>\n");
  return out.take();
}

}  // namespace clinic

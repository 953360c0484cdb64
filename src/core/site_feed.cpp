#include "site_feed.h"

#include "html_escape.h"
#include "xml_text.h"

namespace clinic {
namespace {

void append_link(HtmlOutput& out, std::string_view rel, std::string_view type, std::string_view href) {
  out.append("<link rel=\"");
  out.append(rel);
  out.append("\" type=\"");
  out.append(type);
  out.append("\" href=\"");
  html::append_url(out, href);
  out.append("\"/>\n");
}

void append_element(HtmlOutput& out, std::string_view name, std::string_view text) {
  out.push_back('<');
  out.append(name);
  out.push_back('>');
  xml::append_text(out, text);
  out.append("</");
  out.append(name);
  out.append(">\n");
}

void append_entry(HtmlOutput& out, const SitePost& post, const SiteOptions& options) {
  const std::string url = site_url(options, post_page_path(post));
  out.append("<entry");
  if (!post.lang.empty()) {
    out.append(" xml:lang=\"");
    xml::append_text(out, post.lang);
    out.push_back('"');
  }
  out.append(">\n");
  append_element(out, "title", post.title);
  append_link(out, "alternate", "text/html", url);
  out.append("<id>");
  html::append_url(out, url);
  out.append("</id>\n<published>");
  xml::append_date_time(out, post.date);
  out.append("</published>\n<updated>");
  xml::append_date_time(out, post.date);
  out.append("</updated>\n");
  if (!post.author.empty()) {
    out.append("<author>");
    append_element(out, "name", post.author);
    out.append("</author>\n");
  }
  if (!post.description.empty()) append_element(out, "summary", post.description);
  for (const std::string& tag : post.tags) {
    out.append("<category term=\"");
    xml::append_text(out, tag);
    out.append("\"/>\n");
  }
  out.append("</entry>\n");
}

}  // namespace

std::string site_feed_xml(const std::vector<SitePost>& posts, const SiteOptions& options) {
  if (options.base_url.empty() || posts.empty() || posts.front().date.empty()) return {};
  HtmlOutput out(1024 + options.feed_entries * 512);
  out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
  append_element(out, "title", options.title);
  out.append("<id>");
  html::append_url(out, options.base_url);
  out.append("</id>\n");
  append_link(out, "alternate", "text/html", options.base_url);
  append_link(out, "self", "application/atom+xml", site_url(options, "feed.xml"));
  out.append("<updated>");
  xml::append_date_time(out, posts.front().date);  // the newest post's
  out.append("</updated>\n<author>");
  append_element(out, "name", options.title);  // for entries whose post names no author
  out.append("</author>\n");
  size_t written = 0;
  for (const SitePost& post : posts) {
    if (written == options.feed_entries || post.date.empty()) break;  // undated posts come last
    append_entry(out, post, options);
    ++written;
  }
  out.append("</feed>\n");
  return out.take();
}

}  // namespace clinic

#include "site_post_page.h"

#include "faq_json_ld.h"
#include "html_escape.h"
#include "html_page.h"
#include "html_render.h"
#include "post_references.h"
#include "site_page_parts.h"

namespace clinic {
namespace {

// The link back to the index and to the other languages sits above the
// element, outside the runtime's stylesheet (no colours of its own: the
// browser's link colours on the page's background). Its width lines it up with
// the article's column below (40em of the 17 px body: the view's kType) at the
// narrow margin.
constexpr std::string_view kStyle =
    "body{margin:0}\n"
    ".site-nav{box-sizing:border-box;max-width:calc(42.5em + 40px);margin:0 auto;padding:1em 20px 0;"
    "font-family:system-ui,sans-serif}\n";

void append_meta(HtmlOutput& out, std::string_view attribute, std::string_view name, std::string_view content) {
  if (content.empty()) return;
  out.append("<meta ");
  out.append(attribute);
  out.append("=\"");
  out.append(name);
  out.append("\" content=\"");
  html::append_attribute(out, content);
  out.append("\">\n");
}

// A link from one post page to another: absolute with a base URL (hreflang
// wants it so), else beside this page.
std::string page_href(const SiteOptions& options, const SitePost& post) {
  const std::string absolute = site_url(options, post_page_path(post));
  return absolute.empty() ? post.slug + ".html" : absolute;
}

void append_hreflang(HtmlOutput& out, const SiteOptions& options, const SitePost& post) {
  if (post.lang.empty()) return;
  out.append("<link rel=\"alternate\" hreflang=\"");
  html::append_attribute(out, post.lang);
  out.append("\" href=\"");
  html::append_url(out, page_href(options, post));
  out.append("\">\n");
}

// The picture for link previews (og:image), absolute as Open Graph wants it:
// the front matter's cover, else the post's first image. An http(s) URL as
// written; a path relative to the post (its Markdown sits beside the page, and
// the site copies the file there) from the page's own URL, so only with a base
// URL; otherwise none.
std::string preview_image_url(const SiteOptions& options, const Post& post) {
  const std::string_view image = post.meta.cover.empty() ? first_image_source(post) : std::string_view(post.meta.cover);
  if (image.starts_with("https://") || image.starts_with("http://")) return std::string(image);
  if (image.empty() || image.front() == '/' || image.find(':') != std::string_view::npos) return {};
  const std::optional<std::string> path = resolved_relative_url(image);
  if (!path || path->empty()) return {};
  return site_url(options, "posts/" + *path);
}

}  // namespace

std::string site_post_page_html(const SitePostPage& page) {
  const SitePost& post = page.site_post;
  const SiteOptions& options = page.options;
  HtmlOutput out(page.post.source.size() * 3 + 4096);
  site::append_head_start(out, post.lang, post.title, "../");
  append_meta(out, "name", "description", post.description);
  const std::string url = site_url(options, post_page_path(post));
  if (!url.empty()) {
    out.append("<link rel=\"canonical\" href=\"");
    html::append_url(out, url);
    out.append("\">\n");
  }
  if (!page.translations.empty()) {
    append_hreflang(out, options, post);  // a page names itself among its versions
    for (const SitePost* other : page.translations) append_hreflang(out, options, *other);
  }
  append_meta(out, "property", "og:type", "article");
  append_meta(out, "property", "og:title", post.title);
  append_meta(out, "property", "og:description", post.description);
  append_meta(out, "property", "og:url", url);
  append_meta(out, "property", "og:site_name", options.title);
  append_meta(out, "property", "og:image", preview_image_url(options, page.post));
  append_meta(out, "property", "article:published_time", post.date);
  for (const std::string& tag : post.tags) append_meta(out, "property", "article:tag", tag);
  site::append_feed_link(out, options, "../");
  out.append("<script src=\"../reader/clinic-reader.js\" async></script>\n<style>\n");
  out.append(kStyle);
  out.append("</style>\n");
  out.append(faq_json_ld(page.post));
  out.append("</head>\n<body>\n<nav class=\"site-nav\"><a href=\"../index.html\">");
  html::append_text(out, options.title);
  out.append("</a>");
  for (const SitePost* other : page.translations) {
    out.append(" · <a href=\"");
    html::append_url(out, other->slug + ".html");
    out.append("\"");
    if (!other->lang.empty()) {
      out.append(" hreflang=\"");
      html::append_attribute(out, other->lang);
      out.push_back('"');
      append_lang_attribute(out, other->lang);
    }
    out.append(">");
    html::append_text(out, other->lang.empty() ? std::string_view(other->title) : language_name(other->lang));
    out.append("</a>");
  }
  out.append("</nav>\n<clinic-reader src=\"");
  html::append_url(out, post.slug + ".md");
  out.append("\">\n");
  out.append(render_article_html(page.post));
  out.append("</clinic-reader>\n</body>\n</html>\n");
  return out.take();
}

}  // namespace clinic

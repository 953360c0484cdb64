#include "site_page_parts.h"

#include "html_escape.h"
#include "html_page.h"

namespace clinic::site {

void append_head_start(HtmlOutput& out, std::string_view lang, std::string_view title, std::string_view root) {
  append_document_start(out, lang, title);
  out.append("<link rel=\"stylesheet\" href=\"");
  html::append_url(out, root);
  out.append("reader/clinic-reader.css\">\n<script src=\"");
  html::append_url(out, root);
  out.append("offline.js\" defer></script>\n");
}

void append_feed_link(HtmlOutput& out, const SiteOptions& options, std::string_view root) {
  if (options.base_url.empty()) return;
  out.append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"");
  html::append_attribute(out, options.title);
  out.append("\" href=\"");
  html::append_url(out, root);
  out.append("feed.xml\">\n");
}

void append_post_facts(HtmlOutput& out, const SitePost& post) {
  bool first = true;
  const auto separate = [&] {
    if (!first) out.append(" · ");
    first = false;
  };
  if (!post.date.empty()) {
    separate();
    out.append("<time datetime=\"");
    html::append_attribute(out, post.date);
    out.append("\">");
    html::append_text(out, post.date);
    out.append("</time>");
  }
  if (!post.lang.empty()) {
    separate();
    html::append_text(out, language_name(post.lang));
  }
  if (!post.tags.empty()) {
    separate();
    for (size_t i = 0; i < post.tags.size(); ++i) {
      if (i > 0) out.append(", ");
      html::append_text(out, post.tags[i]);
    }
  }
}

}  // namespace clinic::site

// The plain rendition: the body as ordinary CommonMark (+GFM) HTML, written as
// md4c's `md2html --github --fno-html` writes it, so that md4c's own spec tests
// check it (tests/conformance).
#include <algorithm>

#include "html_nodes.h"
#include "html_render.h"

namespace clinic {

std::string render_plain_html(const Post& post) {
  // Markup adds roughly a quarter to a post's text; input dense in nodes (deep
  // nesting: 1.3 bytes a node) writes about 16 bytes of tags a node instead.
  // One reservation spares the regrowth, each a copy and a fill of the new space.
  const size_t expected = std::max(post.source.size() + post.source.size() / 4, post.nodes.size() * 16);
  HtmlOutput out(expected + post.pool.size() + 64);
  append_nodes_html(post, 0, static_cast<uint32_t>(post.nodes.size()), out);
  return out.take();
}

void render_plain_html(const Post& post, const HtmlSink& sink) {
  HtmlOutput out(sink);
  append_nodes_html(post, 0, static_cast<uint32_t>(post.nodes.size()), out);
  out.flush();
}

}  // namespace clinic

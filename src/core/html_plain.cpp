// The plain rendition: the body as ordinary CommonMark (+GFM) HTML, written as
// md4c's `md2html --github --fno-html` writes it, so that md4c's own spec tests
// check it (tests/conformance).
#include "html_nodes.h"
#include "html_render.h"

namespace clinic {

std::string render_plain_html(const Post& post) {
  // Markup adds roughly a quarter to the text; one reservation spares most regrowth.
  HtmlOutput out(post.source.size() + post.source.size() / 4 + post.pool.size() + post.nodes.size() * 16 + 64);
  append_nodes_html(post, 0, static_cast<uint32_t>(post.nodes.size()), out);
  return out.take();
}

}  // namespace clinic

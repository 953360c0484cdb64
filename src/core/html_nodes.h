// The HTML of ordinary Markdown nodes (blocks and inlines), written exactly as
// md4c's md-html renderer writes them. Both renditions of a post use it: the
// plain one for the whole body, the article one for the blocks inside its
// sections, questions and cards.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "html_escape.h"
#include "post_model.h"

namespace clinic {

struct NodeHtmlStyle {
  // How Text nodes are written (escaping is its job).
  void (*append_text)(HtmlOutput& out, std::string_view text) = html::append_text;
  // Lists with an emoji bullet (List::text) get class="emoji-bullets" and the
  // emoji, hidden from screen readers, at the start of each item.
  bool emoji_bullets = false;
  // Headings below this level are raised to it (the article keeps <h1> for its title).
  uint8_t min_heading_level = 1;
  // Links written as their content only: for text inside a <button> or <summary>,
  // where interactive content is not allowed.
  bool links_as_text = false;
};

// Appends the HTML of the nodes in [first, end) and their descendants; `first`
// and `end` must bound whole subtrees (a run of siblings). Links and images
// whose target was dropped (node_flags::kUnsafeTarget) lose the target: a link
// writes only its content, an image its alt text. Recognised structure nodes,
// if any, are written as their plain equivalents (a card list as <ol>, ...).
void append_nodes_html(const Post& post, uint32_t first, uint32_t end, HtmlOutput& out,
                       const NodeHtmlStyle& style = {});

// The alt text of an image: the text of its descendants, breaks as spaces,
// markup dropped, escaped for an attribute.
void append_alt_text(const Post& post, uint32_t image, HtmlOutput& out);

}  // namespace clinic

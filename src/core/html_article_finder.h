// Where the post is in a saved page: the element that holds the article among
// the header, menus, sidebars, share buttons, comments and footer around it.
#pragma once

#include "html_tree.h"

namespace clinic::html {

// The article's element, found by what the page says it is, first to last:
// schema.org microdata (itemprop=articleBody), Naver SmartEditor's
// se-main-container, WordPress's entry-content (and post-content), a Korean
// clinic board's view area (view_content, board_view, bbs ...), the largest
// <article>, <main>; when the page says nothing, the element whose paragraphs
// hold the most text with the fewest links (readability's choice). Falls back
// to <body>, then to the root.
const Node& find_article(const Node& root);

// True for an element that is never part of a post: scripts, forms, buttons,
// <nav>, <aside>, <footer>, <header>, hidden elements, navigation and dialog
// roles, and class or id names of chrome (vocabulary::is_chrome_name). The
// containers <html>, <body>, <main> and <article> are never chrome by name.
bool is_chrome(const Node& element);

// The first element in document order for which `match` is true, chrome skipped
// when `skip_chrome` (bounded depth: recursion is safe).
template <typename Match>
const Node* find_element(const Node& node, Match match, bool skip_chrome = true) {
  if (!node.is_element() || (skip_chrome && is_chrome(node))) return nullptr;
  if (match(node)) return &node;
  for (const auto& child : node.children) {
    if (const Node* found = find_element(*child, match, skip_chrome)) return found;
  }
  return nullptr;
}

// True when the class attribute holds `name` as one of its words.
bool has_class(const Node& element, std::string_view name);

}  // namespace clinic::html

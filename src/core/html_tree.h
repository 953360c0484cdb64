// A saved web page as a plain tree of elements and text, read by a real HTML5
// parser (gumbo-parser: the spec's tokenizer and tree construction, so a page
// parses into the tree a browser builds, however broken its markup). The only
// file that knows gumbo; the importer's other steps walk this tree.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clinic::html {

struct Node {
  enum class Kind : uint8_t { Element, Text };
  Kind kind = Kind::Element;
  std::string tag;   // lower case ("p", "div", "svg"); empty for text
  std::string text;  // a text node's characters, entities decoded
  std::vector<std::pair<std::string, std::string>> attributes;  // names lower case, in document order
  std::vector<std::unique_ptr<Node>> children;
  Node* parent = nullptr;

  bool is_element() const { return kind == Kind::Element; }
  bool is(std::string_view name) const { return kind == Kind::Element && tag == name; }
  // The attribute's value, or empty when the element has none.
  std::string_view attribute(std::string_view name) const;
  bool has_attribute(std::string_view name) const;
};

// Elements nested deeper than this are left out (their text kept: see
// html_nesting_limit.h) or attached to their ancestor at this depth, so that
// parsing takes linear time and every walk over the tree has a bounded depth
// (real pages nest tens deep).
inline constexpr size_t kMaxTreeDepth = 256;

struct Document {
  std::unique_ptr<Node> root;  // the <html> element
};

// Never fails: any bytes parse into some tree (bytes that are not UTF-8 become U+FFFD).
Document parse_document(std::string_view html);

// The text a node holds, as textContent gives it (scripts and styles included;
// callers skip what they do not want).
std::string text_content(const Node& node);

}  // namespace clinic::html

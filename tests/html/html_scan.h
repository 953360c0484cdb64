// A small HTML tag scanner for the tests: it reads our renderers' output the way
// a browser's tokenizer would (tags, attributes with any quoting, character
// references, raw-text elements), so the safety checks look at what a browser
// would build, not at the text of the Markdown that went in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clinic::testing {

struct Attribute {
  std::string name;   // lower-cased
  std::string value;  // character references decoded
};

struct Tag {
  std::string name;  // lower-cased
  bool closing = false;
  std::vector<Attribute> attributes;
  std::string raw_text;  // the content of <script> and <style>, which is not HTML
  size_t offset = 0;

  const Attribute* find(std::string_view attribute) const;
};

struct ScanResult {
  std::vector<Tag> tags;
  std::vector<std::string> problems;  // markup a browser would read in ways we did not mean
};

ScanResult scan_html(std::string_view html);

// Decodes character references the way a browser does in attribute values:
// named (a useful subset, with or without ';'), decimal and hex.
std::string decode_references(std::string_view text);

// What makes markup executable, as a list of findings (empty: nothing found):
// script-capable elements, on* attributes, and URL attributes whose value,
// decoded, stripped of white space and control characters and lower-cased,
// starts with javascript:, vbscript:, file: or data: other than an image.
// <script type="application/ld+json"> is allowed when its JSON has no '<'.
std::vector<std::string> executable_constructs(std::string_view html);

// Tags that do not nest: a close without its open, an open never closed.
std::vector<std::string> unbalanced_tags(std::string_view html);

}  // namespace clinic::testing

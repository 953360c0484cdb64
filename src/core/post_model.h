// The post model: plain data describing one clinic post.
//
// The document is one flat array of nodes in pre-order (a node is followed by its
// descendants; `end` is the index one past its last descendant). Blocks, inline
// spans and recognised structure (sections, Q&A items, summary cards) are all
// nodes, so one walk serves the HTML renderer, the view and the inspectors, and a
// post costs a handful of vector growths rather than one allocation per node.
//
// Text is never stored in a node: a TextRef points either into the post's source
// (text md4c hands out verbatim) or into its pool (decoded entities, generated ids).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clinic {

struct TextRef {
  static constexpr uint32_t kPoolBit = 0x80000000u;
  uint32_t offset = 0;  // kPoolBit set: offset into Post::pool, else into Post::source
  uint32_t length = 0;
  bool empty() const { return length == 0; }
};

enum class NodeKind : uint8_t {
  // Blocks, as Markdown writes them.
  Document,
  Paragraph,
  Heading,        // level 1..6
  BlockQuote,
  List,           // flags: kOrdered, kTight; number: start; mark: '-', '*', '+', '.' or ')'
  ListItem,       // flags: kTask, kChecked
  CodeBlock,      // children: Text; href: the info string's language word
  Table,
  TableHead,
  TableBody,
  TableRow,
  TableHeaderCell,  // align
  TableCell,        // align
  ThematicBreak,

  // Structure recognised in the post (absent when recognition is off).
  Section,      // level, section_kind; text: the anchor id; first child is its Heading
  QaItem,       // number: 1-based question index; children: QaQuestion, QaAnswer
  QaQuestion,   // inline children: the question, markers stripped
  QaAnswer,     // block children: the answer, markers stripped
  SummaryList,  // children: SummaryCard
  SummaryCard,  // number: 1-based; inline children: the card text, numbering stripped

  // Inlines.
  Text,        // text
  SoftBreak,
  HardBreak,
  Emphasis,
  Strong,
  Strike,
  Code,        // children: Text
  Link,        // href (empty when an unsafe target was dropped), title
  Image,       // href: source, title; children: the alt text
};

enum class SectionKind : uint8_t { Text, Qa, Summary };
enum class Align : uint8_t { Default, Left, Center, Right };

namespace node_flags {
inline constexpr uint8_t kOrdered = 1 << 0;
inline constexpr uint8_t kTight = 1 << 1;
inline constexpr uint8_t kTask = 1 << 2;
inline constexpr uint8_t kChecked = 1 << 3;
inline constexpr uint8_t kUnsafeTarget = 1 << 4;  // Link/Image whose target was dropped
inline constexpr uint8_t kPasted = 1 << 5;        // Heading/List recognised from plain lines
inline constexpr uint8_t kHasTitle = 1 << 6;      // Link/Image written with a title, even an empty one
}  // namespace node_flags

struct Node {
  NodeKind kind = NodeKind::Document;
  uint8_t level = 0;
  uint8_t flags = 0;
  char mark = 0;
  Align align = Align::Default;
  SectionKind section_kind = SectionKind::Text;
  uint32_t end = 0;     // one past the last descendant
  uint32_t number = 0;  // list start, question index, card number
  uint32_t source_offset = 0;  // byte offset in Post::source where this node's text starts
  TextRef text;
  TextRef href;
  TextRef title;

  bool has(uint8_t flag) const { return (flags & flag) != 0; }
};

struct MetaField {
  std::string key;
  std::string value;               // scalar value, unquoted
  std::vector<std::string> items;  // for `[a, b]` lists
  bool is_list = false;
};

struct PostMeta {
  std::string title;
  std::string author;
  std::string role;
  std::string clinic;
  std::string date;
  std::string lang;    // "ko", "en", ...; detected when the front matter has none
  std::vector<std::string> tags;
  std::string summary;
  std::string cover;
  std::vector<MetaField> fields;  // every key in the front matter, known or not, in order
  bool has_front_matter = false;
};

// A problem found while reading a post; the post is still built from what could be read.
struct Diagnostic {
  enum class Severity : uint8_t { Warning, Error };
  Severity severity = Severity::Warning;
  uint32_t source_offset = 0;
  std::string message;
};

struct Post {
  std::string source;  // the normalised input (UTF-8, no BOM, \n line ends)
  std::string pool;
  std::vector<Node> nodes;  // nodes[0] is the Document
  PostMeta meta;
  uint32_t body_offset = 0;  // where the Markdown body starts (after front matter)
  std::vector<Diagnostic> diagnostics;

  std::string_view str(TextRef ref) const {
    const std::string& buffer = (ref.offset & TextRef::kPoolBit) ? pool : source;
    return std::string_view(buffer).substr(ref.offset & ~TextRef::kPoolBit, ref.length);
  }
  TextRef add_to_pool(std::string_view s) {
    TextRef ref{static_cast<uint32_t>(pool.size()) | TextRef::kPoolBit, static_cast<uint32_t>(s.size())};
    pool.append(s);
    return ref;
  }
};

inline bool is_block(NodeKind k) { return k < NodeKind::Text; }
inline bool is_inline(NodeKind k) { return k >= NodeKind::Text; }

// Children of node `i`: for (uint32_t c = first_child(i); c < nodes[i].end; c = nodes[c].end)
inline uint32_t first_child(uint32_t i) { return i + 1; }

}  // namespace clinic

#include "markdown_to_model.h"

#include <md4c.h>

#include <limits>
#include <vector>

#include "entities.h"
#include "link_safety.h"
#include "utf8.h"

namespace clinic {
namespace {

constexpr uint32_t kUnknownOffset = std::numeric_limits<uint32_t>::max();

// The one piece of state md4c's callbacks share (md4c's `userdata`).
struct ModelBuilder {
  Post& post;
  const char* source_begin;
  std::vector<uint32_t> open;  // indices of the nodes entered and not yet left
  uint32_t last_offset = 0;    // the latest known source offset, for blocks with no text
  uint32_t mergeable_text = kUnknownOffset;  // the Text node the next verbatim piece may extend
  uint32_t open_spans = 0;  // how many of `open` are spans: always the innermost ones

  Node& push(NodeKind kind) {
    const uint32_t index = static_cast<uint32_t>(post.nodes.size());
    Node& node = post.nodes.emplace_back();
    node.kind = kind;
    node.source_offset = kUnknownOffset;
    open.push_back(index);
    open_spans += is_inline(kind);
    mergeable_text = kUnknownOffset;
    return node;
  }

  void pop() {
    const uint32_t index = open.back();
    open.pop_back();
    mergeable_text = kUnknownOffset;
    Node& node = post.nodes[index];
    open_spans -= is_inline(node.kind);
    node.end = static_cast<uint32_t>(post.nodes.size());
    if (node.source_offset == kUnknownOffset) node.source_offset = last_offset;
  }

  // A block never sits inside a span: entering or leaving one ends the spans still open.
  void close_spans() {
    while (open_spans > 0) pop();
  }

  // A leaf: entered and left at once.
  Node& leaf(NodeKind kind, uint32_t offset) {
    Node& node = post.nodes.emplace_back();
    node.kind = kind;
    node.source_offset = offset;
    node.end = static_cast<uint32_t>(post.nodes.size());
    mergeable_text = kUnknownOffset;
    return node;
  }

  uint32_t offset_of(const char* p) const { return static_cast<uint32_t>(p - source_begin); }
  // md4c also hands out its own strings ("\n" ending code lines, indentation, unescaped attributes).
  bool in_source(const char* p) const { return reinterpret_cast<uintptr_t>(p) - reinterpret_cast<uintptr_t>(source_begin) < post.source.size(); }

  // Blocks learn where they start from their first text.
  void note_offset(uint32_t offset) {
    last_offset = offset;
    for (auto it = open.rbegin(); it != open.rend(); ++it) {
      Node& node = post.nodes[*it];
      if (node.source_offset != kUnknownOffset) break;
      node.source_offset = offset;
    }
  }

  // Text md4c hands out verbatim stays a view into the source; consecutive
  // pieces of one node's text that are adjacent in the source too become one node.
  void add_source_text(uint32_t offset, unsigned size) {
    note_offset(offset);
    if (mergeable_text + 1 == post.nodes.size()) {
      TextRef& previous = post.nodes[mergeable_text].text;
      if (!(previous.offset & TextRef::kPoolBit) && previous.offset + previous.length == offset) {
        previous.length += size;
        return;
      }
    }
    leaf(NodeKind::Text, offset).text = TextRef{offset, size};
    mergeable_text = static_cast<uint32_t>(post.nodes.size() - 1);
  }

  // md4c ends each code line with a "\n" of its own: when the source holds the
  // same bytes right after the text before it, that text grows over them, so
  // a fenced code block is one view into the source and not a node per line.
  bool extend_with_following_source(std::string_view piece) {
    if (mergeable_text + 1 != post.nodes.size()) return false;
    TextRef& previous = post.nodes[mergeable_text].text;
    if (previous.offset & TextRef::kPoolBit) return false;
    const size_t end = size_t{previous.offset} + previous.length;
    if (post.source.compare(end, piece.size(), piece) != 0) return false;
    previous.length += static_cast<uint32_t>(piece.size());
    return true;
  }

  void add_pool_text(std::string_view decoded, uint32_t offset) {
    note_offset(offset);
    leaf(NodeKind::Text, offset).text = post.add_to_pool(decoded);
  }

  // Attributes arrive in pieces (verbatim, entities, NULs); a single verbatim
  // piece stays a view into the source.
  TextRef attribute(const MD_ATTRIBUTE& attr) {
    if (attr.text == nullptr || attr.size == 0) return {};
    if (in_source(attr.text) && attr.substr_offsets[1] >= attr.size && attr.substr_types[0] == MD_TEXT_NORMAL) {
      return TextRef{offset_of(attr.text), attr.size};
    }
    // Decoded straight onto the end of the pool: one append per piece.
    const size_t start = post.pool.size();
    for (int i = 0; attr.substr_offsets[i] < attr.size; ++i) {
      const std::string_view piece(attr.text + attr.substr_offsets[i],
                                   attr.substr_offsets[i + 1] - attr.substr_offsets[i]);
      switch (attr.substr_types[i]) {
        case MD_TEXT_NULLCHAR: utf8::append(post.pool, utf8::kReplacement); break;
        case MD_TEXT_ENTITY: append_decoded_entity(post.pool, piece); break;
        default: post.pool.append(piece); break;
      }
    }
    return TextRef{static_cast<uint32_t>(start) | TextRef::kPoolBit, static_cast<uint32_t>(post.pool.size() - start)};
  }

  void set_target(Node& node, const MD_ATTRIBUTE& target, const MD_ATTRIBUTE& title) {
    node.href = attribute(target);
    if (!is_safe_url(post.str(node.href))) {
      node.href = {};
      node.flags |= node_flags::kUnsafeTarget;
    }
    if (title.text != nullptr) {
      node.flags |= node_flags::kHasTitle;
      node.title = attribute(title);
    }
  }
};

ModelBuilder& builder_of(void* userdata) { return *static_cast<ModelBuilder*>(userdata); }

Align align_of(MD_ALIGN align) {
  switch (align) {
    case MD_ALIGN_LEFT: return Align::Left;
    case MD_ALIGN_CENTER: return Align::Center;
    case MD_ALIGN_RIGHT: return Align::Right;
    default: return Align::Default;
  }
}

int enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  ModelBuilder& b = builder_of(userdata);
  // md4c can enter a block while a span it opened is still open (see leave_block).
  b.close_spans();
  switch (type) {
    case MD_BLOCK_DOC: b.push(NodeKind::Document); break;
    case MD_BLOCK_QUOTE: b.push(NodeKind::BlockQuote); break;
    case MD_BLOCK_UL: {
      const auto* d = static_cast<const MD_BLOCK_UL_DETAIL*>(detail);
      Node& n = b.push(NodeKind::List);
      n.flags = d->is_tight ? node_flags::kTight : 0;
      n.mark = d->mark;
      break;
    }
    case MD_BLOCK_OL: {
      const auto* d = static_cast<const MD_BLOCK_OL_DETAIL*>(detail);
      Node& n = b.push(NodeKind::List);
      n.flags = node_flags::kOrdered | (d->is_tight ? node_flags::kTight : 0);
      n.number = d->start;
      n.mark = d->mark_delimiter;
      break;
    }
    case MD_BLOCK_LI: {
      const auto* d = static_cast<const MD_BLOCK_LI_DETAIL*>(detail);
      Node& n = b.push(NodeKind::ListItem);
      if (d->is_task) {
        n.flags = node_flags::kTask;
        if (d->task_mark == 'x' || d->task_mark == 'X') n.flags |= node_flags::kChecked;
      }
      break;
    }
    case MD_BLOCK_HR: b.push(NodeKind::ThematicBreak); break;
    case MD_BLOCK_H: b.push(NodeKind::Heading).level = static_cast<uint8_t>(static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level); break;
    case MD_BLOCK_CODE: {
      const auto* d = static_cast<const MD_BLOCK_CODE_DETAIL*>(detail);
      Node& n = b.push(NodeKind::CodeBlock);
      n.mark = d->fence_char;
      // push() may have moved the vector: take the attribute first, then store.
      const TextRef lang = b.attribute(d->lang);
      b.post.nodes[b.open.back()].href = lang;
      break;
    }
    case MD_BLOCK_HTML: b.push(NodeKind::Paragraph); break;  // unreachable with MD_FLAG_NOHTML
    case MD_BLOCK_P: b.push(NodeKind::Paragraph); break;
    case MD_BLOCK_TABLE: b.push(NodeKind::Table); break;
    case MD_BLOCK_THEAD: b.push(NodeKind::TableHead); break;
    case MD_BLOCK_TBODY: b.push(NodeKind::TableBody); break;
    case MD_BLOCK_TR: b.push(NodeKind::TableRow); break;
    case MD_BLOCK_TH:
      b.push(NodeKind::TableHeaderCell).align = align_of(static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align);
      break;
    case MD_BLOCK_TD:
      b.push(NodeKind::TableCell).align = align_of(static_cast<const MD_BLOCK_TD_DETAIL*>(detail)->align);
      break;
  }
  return 0;
}

// md4c 0.5.3 does not always nest its span callbacks: where links and emphasis
// overlap it can leave a span it never entered, or one twice
// ("[foo *[bar [baz](/*[bar)](/uri)uri)](/uri)*](/uri)"; md4c issue #294).
// The model stays a tree: leaving a span closes the innermost open span of
// that kind and any opened inside it, a leave with no such span is dropped,
// and leaving a block closes the spans still open in it.
int leave_block(MD_BLOCKTYPE, void*, void* userdata) {
  ModelBuilder& b = builder_of(userdata);
  b.close_spans();
  if (!b.open.empty()) b.pop();
  return 0;
}

NodeKind span_kind(MD_SPANTYPE type) {
  switch (type) {
    case MD_SPAN_STRONG: return NodeKind::Strong;
    case MD_SPAN_DEL: return NodeKind::Strike;
    case MD_SPAN_CODE: return NodeKind::Code;
    case MD_SPAN_A: return NodeKind::Link;
    case MD_SPAN_IMG: return NodeKind::Image;
    default: return NodeKind::Emphasis;  // MD_SPAN_EM, and extensions we do not enable
  }
}

int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  ModelBuilder& b = builder_of(userdata);
  switch (type) {
    case MD_SPAN_A: {
      const auto* d = static_cast<const MD_SPAN_A_DETAIL*>(detail);
      b.push(NodeKind::Link);
      Node copy = b.post.nodes.back();
      b.set_target(copy, d->href, d->title);  // may grow the pool, never the node vector
      b.post.nodes.back() = copy;
      break;
    }
    case MD_SPAN_IMG: {
      const auto* d = static_cast<const MD_SPAN_IMG_DETAIL*>(detail);
      b.push(NodeKind::Image);
      Node copy = b.post.nodes.back();
      b.set_target(copy, d->src, d->title);
      b.post.nodes.back() = copy;
      break;
    }
    default: b.push(span_kind(type)); break;
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* userdata) {
  ModelBuilder& b = builder_of(userdata);
  const NodeKind kind = span_kind(type);
  for (size_t k = b.open.size(); k-- > 0 && is_inline(b.post.nodes[b.open[k]].kind);) {
    if (b.post.nodes[b.open[k]].kind == kind) {
      while (b.open.size() > k) b.pop();
      break;
    }
  }
  return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  ModelBuilder& b = builder_of(userdata);
  // Breaks and NULs come as md4c's own strings, not views of the source: they
  // take the offset of the text before them.
  const bool in_source = b.in_source(text);
  const uint32_t offset = in_source ? b.offset_of(text) : b.last_offset;
  switch (type) {
    case MD_TEXT_NULLCHAR: b.add_pool_text("\xEF\xBF\xBD", offset); break;
    case MD_TEXT_BR: b.note_offset(offset), b.leaf(NodeKind::HardBreak, offset); break;
    case MD_TEXT_SOFTBR: b.note_offset(offset), b.leaf(NodeKind::SoftBreak, offset); break;
    case MD_TEXT_ENTITY: {
      std::string decoded;
      append_decoded_entity(decoded, std::string_view(text, size));
      b.add_pool_text(decoded, offset);
      break;
    }
    default:  // normal, code, and raw HTML shown as text
      if (in_source) {
        b.add_source_text(offset, size);
      } else if (const std::string_view own(text, size); !b.extend_with_following_source(own)) {
        b.add_pool_text(own, offset);
      }
      break;
  }
  return 0;
}

}  // namespace

void build_nodes_from_markdown(Post& post) {
  post.nodes.clear();
  // Each node holds at least a few bytes of source: a rough reservation spares
  // most of the vector's regrowth.
  post.nodes.reserve((post.source.size() - post.body_offset) / 16 + 8);
  ModelBuilder builder{post, post.source.data(), {}, post.body_offset};
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  const char* body = post.source.data() + post.body_offset;
  const auto body_size = static_cast<MD_SIZE>(post.source.size() - post.body_offset);
  if (md_parse(body, body_size, &parser, &builder) != 0 || post.nodes.empty()) {
    // md4c fails only when out of memory; keep a valid, empty document.
    post.nodes.clear();
    Node& doc = post.nodes.emplace_back();
    doc.kind = NodeKind::Document;
    post.diagnostics.push_back({Diagnostic::Severity::Error, post.body_offset, "the Markdown parser ran out of memory"});
  }
  while (!builder.open.empty()) builder.pop();
  post.nodes[0].end = static_cast<uint32_t>(post.nodes.size());
}

}  // namespace clinic

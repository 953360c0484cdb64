// Internal to structure recognition: the state its steps share while they
// rewrite a post's nodes. Not part of the core's public interface.
#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <span>
#include <vector>

#include "node_writer.h"
#include "post_model.h"

namespace clinic::recognition {

// One line of a paragraph: the inline nodes between two line breaks.
// (32 bytes: a long file of pasted posts has a line per node or two.)
struct Line {
  uint32_t paragraph = 0;  // old index of the paragraph it belongs to
  uint32_t first = 0;      // old sibling range of its inline nodes
  uint32_t end = 0;
  bool last_in_paragraph = false;
  std::string_view text;   // its text, markup removed, for matching (see Context::split_lines)
};

enum class PieceKind : uint8_t {
  Block,          // an old block, copied whole
  Heading,        // an old Markdown heading
  PastedHeading,  // a plain line acting as a heading ("💬 Q&A")
  Lines,          // lines of a paragraph
  EmojiList,      // lines that start with the same emoji, acting as a list
};

struct Piece {
  PieceKind kind = PieceKind::Block;
  uint32_t node = 0;        // Block, Heading: old node index
  uint32_t first_line = 0;  // PastedHeading, Lines, EmojiList: range in Context::lines
  uint32_t end_line = 0;
  uint8_t level = 0;        // Heading, PastedHeading
};

// The nodes as md4c built them, read as ctx.old[i]. They share the array the
// recognised nodes are written into (node_writer.h): an old node can be read
// until a copy passes it, so a step reads what it needs before it copies.
struct OldNodes {
  const NodeWriter* writer;
  const Node& operator[](uint32_t i) const { return writer->old(i); }
};

struct Context {
  Post& post;
  NodeWriter out;
  OldNodes old{&out};
  std::vector<Line> lines;
  std::deque<std::string> joined_texts;  // texts of lines made of several pieces (stable addresses)

  explicit Context(Post& p) : post(p), out(p.nodes) {}

  // Splits old paragraph `paragraph` into lines appended to `lines`; returns
  // the range [first, end) of their indices.
  std::pair<uint32_t, uint32_t> split_lines(uint32_t paragraph);

  // False when old paragraph `paragraph` has several lines and none starts
  // with a byte an emoji may start with (the prose of most posts): then no
  // line of it can act as a heading or a list item, and it need not be split.
  bool lines_may_act(uint32_t paragraph) const;

  // Plain text of a heading piece (Markdown or pasted).
  std::string heading_text(const Piece& piece) const;

  // Writes lines [first, end) as paragraphs (one per original paragraph),
  // without the first `strip` bytes of the first line.
  void emit_lines(uint32_t first, uint32_t end, size_t strip = 0);
  // Writes lines [first, end) as a list whose items lose their shared leading emoji.
  void emit_emoji_list(uint32_t first, uint32_t end);
  // Copies an old block; an unordered list whose items all start with the same
  // emoji becomes an emoji-bulleted list.
  void emit_block(uint32_t node);
  void emit_piece(const Piece& piece);
  // Copies the inline content of old block `node` (paragraphs joined by a
  // soft break), without its first `strip` bytes of text.
  void emit_inline_content(uint32_t node, size_t strip = 0);
};

// Steps, each in its own file.
void emit_qa_section_content(Context& ctx, std::span<const Piece> pieces);
void emit_summary_section_content(Context& ctx, std::span<const Piece> pieces);

}  // namespace clinic::recognition

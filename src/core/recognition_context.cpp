#include "recognition_context.h"

#include "emoji_scan.h"
#include "plain_text.h"
#include "recognition_vocabulary.h"

namespace clinic::recognition {
namespace {

bool is_line_break(NodeKind k) { return k == NodeKind::SoftBreak || k == NodeKind::HardBreak; }

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  return i;
}

// The first stretch of text inside node `node`, for spotting a leading emoji.
std::string_view first_text(const Post& post, const std::vector<Node>& nodes, uint32_t node) {
  for (uint32_t i = node + 1; i < nodes[node].end; ++i) {
    if (nodes[i].kind == NodeKind::Text && nodes[i].text.length > 0) return post.str(nodes[i].text);
    if (is_line_break(nodes[i].kind)) break;
  }
  return {};
}

}  // namespace

std::pair<uint32_t, uint32_t> Context::split_lines(uint32_t paragraph) {
  const uint32_t begin = static_cast<uint32_t>(lines.size());
  Line line{paragraph, paragraph + 1, paragraph + 1, false, {}};
  const auto finish = [&](uint32_t end) {
    line.end = end;
    if (line.first < line.end) lines.push_back(line);
  };
  for (uint32_t c = paragraph + 1; c < old[paragraph].end; c = old[c].end) {
    if (is_line_break(old[c].kind)) {
      finish(c);
      line = Line{paragraph, c + 1, c + 1, false, {}};
    }
  }
  finish(old[paragraph].end);
  for (uint32_t i = begin; i < lines.size(); ++i) {
    Line& l = lines[i];
    // Most lines are one run of the source's text: a view of it, no copy.
    // Lines with markup or entities are joined into a string of their own, and
    // so is text from the pool: recognition adds to the pool (section ids,
    // bullets), which may move it under a view.
    bool single_run = true;
    std::string_view run;
    for (uint32_t n = l.first; n < l.end && single_run; ++n) {
      if (is_line_break(old[n].kind)) single_run = false;
      if (old[n].kind != NodeKind::Text || old[n].text.empty()) continue;
      if (old[n].text.offset & TextRef::kPoolBit) single_run = false;
      const std::string_view piece = post.str(old[n].text);
      if (run.empty()) run = piece;
      else if (run.data() + run.size() == piece.data()) run = std::string_view(run.data(), run.size() + piece.size());
      else single_run = false;
    }
    if (single_run) {
      l.text = run;
      continue;
    }
    std::string& joined = joined_texts.emplace_back();
    for (uint32_t n = l.first; n < l.end; ++n) {
      if (old[n].kind == NodeKind::Text) joined.append(post.str(old[n].text));
      else if (is_line_break(old[n].kind)) joined.push_back(' ');
    }
    l.text = joined;
  }
  if (begin < lines.size()) lines.back().last_in_paragraph = true;
  return {begin, static_cast<uint32_t>(lines.size())};
}

bool Context::lines_may_act(uint32_t paragraph) const {
  // The first byte of each line as split_lines() joins it: of its first text,
  // or a space for a line break nested before any.
  uint32_t lines_seen = 0;
  bool in_line = false;     // the current line has a node
  bool first_seen = false;  // ... and its first byte was looked at
  for (uint32_t c = paragraph + 1; c < old[paragraph].end; c = old[c].end) {
    if (is_line_break(old[c].kind)) {
      in_line = first_seen = false;
      continue;
    }
    if (!in_line) {
      in_line = true;
      ++lines_seen;
    }
    for (uint32_t n = c; n < old[c].end && !first_seen; ++n) {
      if (is_line_break(old[n].kind)) {
        first_seen = true;  // a space
      } else if (old[n].kind == NodeKind::Text && old[n].text.length > 0) {
        first_seen = true;
        if (may_start_emoji(static_cast<unsigned char>(post.str(old[n].text)[0]))) return true;
      }
    }
  }
  return lines_seen <= 1;
}

std::string Context::heading_text(const Piece& piece) const {
  if (piece.kind == PieceKind::Heading) {
    // Most headings are one run of text: no joined copy before collapsing.
    const uint32_t first = piece.node + 1;
    if (old[piece.node].end == first + 1 && old[first].kind == NodeKind::Text) {
      return collapse_whitespace(post.str(old[first].text));
    }
    std::string raw;
    for (uint32_t n = piece.node + 1; n < old[piece.node].end; ++n) {
      if (old[n].kind == NodeKind::Text) raw.append(post.str(old[n].text));
      else if (is_line_break(old[n].kind)) raw.push_back(' ');
    }
    return collapse_whitespace(raw);
  }
  return collapse_whitespace(lines[piece.first_line].text);
}

void Context::emit_lines(uint32_t first, uint32_t end, size_t strip) {
  uint32_t i = first;
  while (i < end) {
    uint32_t j = i + 1;
    while (j < end && lines[j].paragraph == lines[i].paragraph) ++j;
    // A new paragraph node: the old one may be gone once an earlier run of its
    // lines was copied, and a paragraph carries nothing but where it starts.
    Node paragraph;
    paragraph.kind = NodeKind::Paragraph;
    paragraph.source_offset = old[lines[i].first].source_offset;
    out.open(paragraph);
    const uint32_t start = out.size();
    out.copy_range(lines[i].first, lines[j - 1].end);
    if (i == first && strip > 0) strip_leading_text(out.nodes(), start, out.size(), strip);
    out.close();
    i = j;
  }
}

void Context::emit_emoji_list(uint32_t first, uint32_t end) {
  Node list;
  list.kind = NodeKind::List;
  list.flags = node_flags::kTight | node_flags::kPasted;
  list.mark = '-';
  list.source_offset = old[lines[first].first].source_offset;
  const std::string_view bullet =
      std::string_view(lines[first].text).substr(0, leading_emoji_length(lines[first].text));
  list.text = post.add_to_pool(bullet);
  out.open(list);
  for (uint32_t i = first; i < end; ++i) {
    Node item;
    item.kind = NodeKind::ListItem;
    item.source_offset = old[lines[i].first].source_offset;
    out.open(item);
    const uint32_t start = out.size();
    out.copy_range(lines[i].first, lines[i].end);
    strip_leading_text(out.nodes(), start, out.size(), skip_spaces(lines[i].text, bullet.size()));
    out.close();
  }
  out.close();
}

void Context::emit_block(uint32_t node) {
  const uint32_t at = out.size();
  out.copy_subtree(node);
  std::vector<Node>& nodes = out.nodes();
  if (nodes[at].kind != NodeKind::List || nodes[at].has(node_flags::kOrdered)) return;

  // An unordered list whose every item starts with the same emoji: the emoji
  // is the bullet. Read from the copy: the old list is consumed.
  std::string_view bullet;
  uint32_t items = 0;
  for (uint32_t c = at + 1; c < nodes[at].end; c = nodes[c].end, ++items) {
    const std::string_view text = first_text(post, nodes, c);
    const size_t e = leading_emoji_length(text);
    if (e == 0 || vocabulary::card_marker_length(text) > 0) return;
    if (items == 0) bullet = text.substr(0, e);
    else if (text.substr(0, e) != bullet) return;
  }
  if (items < 2) return;
  nodes[at].text = post.add_to_pool(bullet);
  for (uint32_t c = at + 1; c < nodes[at].end; c = nodes[c].end) {
    const std::string_view text = first_text(post, nodes, c);
    strip_leading_text(nodes, c + 1, nodes[c].end, skip_spaces(text, bullet.size()));
  }
}

void Context::emit_piece(const Piece& piece) {
  switch (piece.kind) {
    case PieceKind::Block:
    case PieceKind::Heading: emit_block(piece.node); break;
    case PieceKind::Lines: emit_lines(piece.first_line, piece.end_line); break;
    case PieceKind::EmojiList: emit_emoji_list(piece.first_line, piece.end_line); break;
    case PieceKind::PastedHeading: {
      // Only reached for a pasted heading that does not start a section.
      Node heading;
      heading.kind = NodeKind::Heading;
      heading.level = piece.level;
      heading.flags = node_flags::kPasted;
      const Line& line = lines[piece.first_line];
      heading.source_offset = old[line.first].source_offset;
      out.open(heading);
      out.copy_range(line.first, line.end);
      out.close();
      break;
    }
  }
}

void Context::emit_inline_content(uint32_t node, size_t strip) {
  // A pre-order walk with its own stack rather than recursion: blocks nest as
  // deep as the writer likes (">>>>…"), the call stack does not.
  struct OpenBlock {
    uint32_t end;           // one past the block's last descendant
    uint32_t written_from;  // out.size() when its content started
  };
  const uint32_t start = out.size();
  const uint32_t node_end = old[node].end;
  std::vector<OpenBlock> open{{node_end, start}};
  for (uint32_t c = node + 1; c < node_end;) {
    while (open.back().end <= c) open.pop_back();
    if (is_inline(old[c].kind)) {
      const uint32_t next = old[c].end;  // read before the copy consumes it
      out.copy_subtree(c);
      c = next;
    } else {
      // Blocks after written content are joined to it by a line break.
      if (out.size() > open.back().written_from) out.leaf(NodeKind::SoftBreak, old[c].source_offset);
      open.push_back({old[c].end, out.size()});
      ++c;
    }
  }
  if (strip > 0) strip_leading_text(out.nodes(), start, out.size(), strip);
}

}  // namespace clinic::recognition

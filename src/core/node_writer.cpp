#include "node_writer.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace clinic {

static_assert(std::is_trivially_copyable_v<Node>, "ranges of nodes move with memmove");

NodeWriter::NodeWriter(std::vector<Node>& nodes) : nodes_(nodes), old_size_(static_cast<uint32_t>(nodes.size())) {
  // Recognition adds a few percent to a post's nodes; an eighth is enough for
  // most posts (a post of nothing but Q&A items adds half: the gap grows twice).
  gap_ = old_size_ / 8 + 16;
  nodes_.insert(nodes_.begin(), gap_, Node{});
}

void NodeWriter::make_room(uint32_t count, uint32_t keep) {
  if (written_ + count <= gap_ + keep) return;
  const uint32_t grow = std::max({count, gap_, 16u});
  // The old nodes still readable move back; those before them are consumed.
  nodes_.insert(nodes_.begin() + gap_ + readable_, grow, Node{});
  gap_ += grow;
}

uint32_t NodeWriter::open(const Node& node) {
  make_room(1, readable_);
  const uint32_t index = written_++;
  nodes_[index] = node;
  open_.push_back(index);
  return index;
}

void NodeWriter::close() {
  nodes_[open_.back()].end = written_;
  open_.pop_back();
}

void NodeWriter::copy_range(uint32_t first, uint32_t end) {
  if (first >= end) return;
  assert(first >= readable_ && end <= old_size_);
  const uint32_t count = end - first;
  // The copy may overlap its source (it moves it towards the front); old
  // nodes from `end` on stay where they are.
  make_room(count, end);
  Node* to = nodes_.data() + written_;
  std::memmove(static_cast<void*>(to), nodes_.data() + gap_ + first, count * sizeof(Node));
  for (uint32_t i = 0; i < count; ++i) to[i].end = to[i].end - first + written_;
  written_ += count;
  readable_ = std::max(readable_, end);
}

void NodeWriter::leaf(NodeKind kind, uint32_t source_offset) {
  make_room(1, readable_);
  Node& n = nodes_[written_++];
  n = Node{};
  n.kind = kind;
  n.source_offset = source_offset;
  n.end = written_;
}

void NodeWriter::finish() {
  nodes_.resize(written_);
  old_size_ = 0;
  gap_ = 0;
  readable_ = 0;
}

void strip_leading_text(std::vector<Node>& nodes, uint32_t first, uint32_t end, size_t bytes) {
  for (uint32_t i = first; i < end && bytes > 0; ++i) {
    Node& n = nodes[i];
    if (n.kind == NodeKind::Text) {
      const uint32_t take = static_cast<uint32_t>(std::min<size_t>(bytes, n.text.length));
      n.text.offset += take;
      n.text.length -= take;
      n.source_offset += take;
      bytes -= take;
    } else if (n.kind == NodeKind::SoftBreak || n.kind == NodeKind::HardBreak) {
      --bytes;
    }
  }
}

}  // namespace clinic

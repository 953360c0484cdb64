#include "node_writer.h"

namespace clinic {

uint32_t NodeWriter::open(const Node& node) {
  const uint32_t index = size();
  to_.push_back(node);
  open_.push_back(index);
  return index;
}

void NodeWriter::close() {
  to_[open_.back()].end = size();
  open_.pop_back();
}

void NodeWriter::copy_range(uint32_t first, uint32_t end) {
  if (first >= end) return;
  const uint32_t shift_base = size();
  to_.insert(to_.end(), from_.begin() + first, from_.begin() + end);
  for (uint32_t i = shift_base; i < size(); ++i) to_[i].end = to_[i].end - first + shift_base;
}

void NodeWriter::copy_subtree(uint32_t i) { copy_range(i, from_[i].end); }

void NodeWriter::leaf(NodeKind kind, uint32_t source_offset) {
  Node n;
  n.kind = kind;
  n.source_offset = source_offset;
  n.end = size() + 1;
  to_.push_back(n);
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

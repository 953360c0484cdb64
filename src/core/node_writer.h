// Writing a new node array from an old one: copies of subtrees and sibling
// ranges (with their `end` indices moved), and new containers around them.
#pragma once

#include <vector>

#include "post_model.h"

namespace clinic {

class NodeWriter {
 public:
  NodeWriter(const std::vector<Node>& from, std::vector<Node>& to) : from_(from), to_(to) {}

  // Starts a container; returns its index in the new array.
  uint32_t open(const Node& node);
  void close();

  // Copies old node `i` with its descendants.
  void copy_subtree(uint32_t i);
  // Copies old sibling nodes [first, end) with their descendants.
  void copy_range(uint32_t first, uint32_t end);
  void leaf(NodeKind kind, uint32_t source_offset);

  uint32_t size() const { return static_cast<uint32_t>(to_.size()); }
  std::vector<Node>& nodes() { return to_; }

 private:
  const std::vector<Node>& from_;
  std::vector<Node>& to_;
  std::vector<uint32_t> open_;
};

// Removes the first `bytes` bytes of text from the nodes [first, end) of
// `nodes`, in reading order (a line break counts as one byte). Used to strip
// markers such as "Q1. " that may sit inside emphasis.
void strip_leading_text(std::vector<Node>& nodes, uint32_t first, uint32_t end, size_t bytes);

}  // namespace clinic

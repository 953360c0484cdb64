// Recognition rewrites a post's node array in place, so that a post holds one
// array, not md4c's and the recognised one side by side (two arrays were most
// of a long post's peak memory, and the copy's regrowth its page faults).
//
// md4c's nodes ("old" nodes) are moved to the back of the array, behind a gap;
// the recognised nodes are written from the front. Old nodes are read in
// reading order, so the write position stays behind those still to be read as
// long as the gap holds the nodes recognition adds (sections, questions,
// cards) beyond those it drops; when it does not, the gap grows (the unread
// old nodes move back), doubling, so the rare growth stays linear overall.
#pragma once

#include <cassert>
#include <vector>

#include "post_model.h"

namespace clinic {

class NodeWriter {
 public:
  // Takes `nodes` (a whole document, as md4c built it) as the old nodes.
  explicit NodeWriter(std::vector<Node>& nodes);

  // Old node `i`. Old nodes before the end of the last copied range are gone:
  // a copy consumes them (see copy_range), so read what you need first.
  const Node& old(uint32_t i) const {
    assert(i >= readable_ && i < old_size_);
    return nodes_[gap_ + i];
  }

  // Starts a container; returns its index in the new array.
  uint32_t open(const Node& node);
  void close();

  // Copies old node `i` with its descendants.
  void copy_subtree(uint32_t i) { copy_range(i, old(i).end); }
  // Copies old sibling nodes [first, end) with their descendants (their `end`
  // indices moved). Old nodes before `end` can no longer be read.
  void copy_range(uint32_t first, uint32_t end);
  void leaf(NodeKind kind, uint32_t source_offset);

  uint32_t size() const { return written_; }
  // The array being written: the new nodes are [0, size()).
  std::vector<Node>& nodes() { return nodes_; }

  // Drops what is left of the old nodes: the array holds the new nodes only.
  void finish();

 private:
  // Makes sure `count` nodes can be written at size() without overwriting an
  // old node from `keep` on.
  void make_room(uint32_t count, uint32_t keep);

  std::vector<Node>& nodes_;
  uint32_t old_size_ = 0;
  uint32_t gap_ = 0;       // old node i is nodes_[gap_ + i]
  uint32_t readable_ = 0;  // old nodes before it have been consumed
  uint32_t written_ = 0;
  std::vector<uint32_t> open_;
};

// Removes the first `bytes` bytes of text from the nodes [first, end) of
// `nodes`, in reading order (a line break counts as one byte). Used to strip
// markers such as "Q1. " that may sit inside emphasis.
void strip_leading_text(std::vector<Node>& nodes, uint32_t first, uint32_t end, size_t bytes);

}  // namespace clinic

// Anchor ids for section headings: readable, unique within a post, and never
// one of the ids the Q&A items use (q1, q1-panel, ...).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clinic {

class AnchorIds {
 public:
  // "💡 What are milia?" -> "what-are-milia"; "비립종이란?" -> "비립종이란".
  // The view stays valid until the next make().
  std::string_view make(std::string_view heading);

 private:
  bool contains(std::string_view id) const;
  // Keeps `id` (not yet kept); returns it.
  std::string_view keep(std::string&& id);
  void place(uint32_t index);  // ids_[index - 1] into the table

  // The ids made, and an open-addressing table of indices into them (0 is an
  // empty slot, i is ids_[i - 1]): a post has a handful of sections, where
  // std::unordered_set's node per id and bucket array cost more than making
  // the ids (WebAssembly, bench/wasm_bench.mjs); a long file of posts has
  // thousands, where a linear search would not do.
  std::vector<std::string> ids_;
  std::vector<uint32_t> table_;
  std::unordered_map<std::string, int> next_number_;  // slug -> the next "-N" to try (on a clash only)
};

}  // namespace clinic

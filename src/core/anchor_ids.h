// Anchor ids for section headings: readable, unique within a post, and never
// one of the ids the Q&A items use (q1, q1-panel, ...).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace clinic {

class AnchorIds {
 public:
  // "💡 What are milia?" -> "what-are-milia"; "비립종이란?" -> "비립종이란".
  std::string make(std::string_view heading);

 private:
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int> next_number_;  // slug -> the next "-N" to try
};

}  // namespace clinic

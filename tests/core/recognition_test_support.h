// Shared by the recognition tests: parse a post and read its outline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/parse_post.h"
#include "core/post_outline.h"

namespace clinic::testing {

inline PostOutline outline(std::string_view markdown) { return outline_of(parse_post(markdown)); }

inline std::vector<std::string> questions(const PostOutline& o) {
  std::vector<std::string> out;
  for (const auto& qa : o.qa) out.push_back(qa.question);
  return out;
}

inline std::vector<std::string> answers(const PostOutline& o) {
  std::vector<std::string> out;
  for (const auto& qa : o.qa) out.push_back(qa.answer);
  return out;
}

inline std::vector<SectionKind> section_kinds(const PostOutline& o) {
  std::vector<SectionKind> out;
  for (const auto& s : o.sections) out.push_back(s.kind);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace clinic::testing

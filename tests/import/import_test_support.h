// Shared by the import tests: reading files, importing and reading back.
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/import_plain_text.h"
#include "core/parse_post.h"
#include "core/post_outline.h"

namespace clinic::testing {

using Strings = std::vector<std::string>;

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string seed_text() { return read_file(CLINIC_READER_SHARED_DIR "/seed/milia-blog-post.txt"); }

inline std::string import_posts_dir() { return CLINIC_READER_SOURCE_DIR "/tests/import/posts"; }

// Import, then read the Markdown back as the reader does.
inline Post imported_post(std::string_view text) { return parse_post(import_plain_text(text).markdown); }
inline PostOutline imported_outline(std::string_view text) { return outline_of(imported_post(text)); }

inline Strings questions(const PostOutline& o) {
  Strings out;
  for (const auto& qa : o.qa) out.push_back(qa.question);
  return out;
}

inline Strings answers(const PostOutline& o) {
  Strings out;
  for (const auto& qa : o.qa) out.push_back(qa.answer);
  return out;
}

inline Strings headings(const PostOutline& o) {
  Strings out;
  for (const auto& s : o.sections) out.push_back(s.heading);
  return out;
}

}  // namespace clinic::testing

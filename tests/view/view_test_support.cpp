#include "view_test_support.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

namespace clinic::view_test {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

Post sample_post(const std::string& lang) {
  return parse_post(read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia." + lang + ".md"));
}

const view::HitRegion* question_row(const view::PostLayout& layout, int index) {
  for (const view::HitRegion& hit : layout.hits) {
    if (hit.kind == view::HitKind::QaRow && hit.index == index) return &hit;
  }
  return nullptr;
}

}  // namespace clinic::view_test

// The files posts reference beside themselves (images, a PDF leaflet, the
// cover: core/post_references.h), copied from the posts folder to the same
// relative place under OUT/posts/, so a post's relative URLs work from its page
// and its Markdown there. What cannot be copied is reported with the post's
// file and line, as lint findings are, and the page is built all the same.
#pragma once

#include <cstddef>
#include <filesystem>
#include <set>
#include <string>

#include "core/post_model.h"

namespace clinic::cli {

struct PostFileCopier {
  std::filesystem::path posts_folder;  // where the posts are read
  std::filesystem::path target;        // OUT/posts
  std::set<std::string> reserved;      // paths under target the site writes itself (SLUG.html, SLUG.md)
  std::set<std::string> copied;        // paths under target copied so far (each file once)
  size_t warnings = 0;

  // Copies what `post` (read from posts_folder / file_name) references; prints a warning per reference it cannot.
  void copy_references(const Post& post, const std::string& file_name);
};

}  // namespace clinic::cli

#include "cli/site_post_files.h"

#include <algorithm>
#include <cstdio>

#include "core/line_index.h"
#include "core/post_references.h"

namespace clinic::cli {
namespace {

namespace fs = std::filesystem;

std::string_view what(PostReference::Kind kind) {
  switch (kind) {
    case PostReference::Kind::Image: return "the image";
    case PostReference::Kind::Link: return "the link to";
    case PostReference::Kind::Cover: return "the cover";
  }
  return "";
}

// A file written again only when it changed: a deploy that compares times
// (rsync) sends only new pictures.
void copy_if_changed(const fs::path& from, const fs::path& to) {
  std::error_code error;
  if (fs::exists(to, error) && fs::file_size(to, error) == fs::file_size(from, error) && !error &&
      fs::last_write_time(to, error) >= fs::last_write_time(from, error) && !error) {
    return;
  }
  fs::create_directories(to.parent_path());
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

}  // namespace

void PostFileCopier::copy_references(const Post& post, const std::string& file_name) {
  const std::vector<PostReference> references = post_references(post);
  if (references.empty()) return;
  const LineIndex lines(post.source);
  const std::string post_path = (posts_folder / file_name).string();
  const auto warn = [&](const PostReference& ref, std::string_view problem) {
    std::fprintf(stderr, "%s:%u: warning: %s %s is not copied to the site: %.*s [site-file]\n", post_path.c_str(),
                 lines.line_of(ref.source_offset), std::string(what(ref.kind)).c_str(), ref.href.c_str(),
                 static_cast<int>(problem.size()), problem.data());
    ++warnings;
  };
  for (const PostReference& ref : references) {
    if (ref.target == PostReference::Target::Absolute) {
      warn(ref, "a path from the server's root names no file of the posts folder (write it relative to the post)");
      continue;
    }
    if (ref.target == PostReference::Target::Outside) {
      warn(ref, "it leads outside the posts folder");
      continue;
    }
    if (ref.path.empty() || ref.path.back() == '/' || copied.contains(ref.path)) continue;  // a folder; done already
    const fs::path source = posts_folder / fs::path(ref.path);
    std::error_code error;
    // A link to another post's Markdown (another.md) is that post, which the site has already.
    if (ref.path.find('/') == std::string::npos && ref.path.ends_with(".md") && fs::is_regular_file(source, error)) continue;
    if (reserved.contains(ref.path)) {
      warn(ref, "its name is that of a page the site writes");
      continue;
    }
    if (!fs::is_regular_file(source, error)) {
      warn(ref, source.string() + " is missing");
      continue;
    }
    // A symbolic link in the folder may lead anywhere: what is copied is what it leads to.
    const fs::path real = fs::weakly_canonical(source, error);
    const fs::path real_folder = fs::weakly_canonical(posts_folder, error);
    const auto [folder_end, real_at] = std::mismatch(real_folder.begin(), real_folder.end(), real.begin(), real.end());
    if (error || folder_end != real_folder.end()) {
      warn(ref, "it leads outside the posts folder (through a symbolic link)");
      continue;
    }
    try {
      copy_if_changed(source, target / fs::path(ref.path));
      copied.insert(ref.path);
    } catch (const fs::filesystem_error& e) {
      warn(ref, e.what());
    }
  }
}

}  // namespace clinic::cli

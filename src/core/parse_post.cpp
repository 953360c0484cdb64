#include "parse_post.h"

#include "front_matter.h"
#include "markdown_to_model.h"
#include "structure_recognition.h"
#include "utf8.h"

namespace clinic {
namespace {

// TextRef offsets have 31 bits; a post is a few KB, so a gigabyte is an error.
constexpr size_t kMaxInput = size_t{1} << 30;

// One spelling for everything downstream: valid UTF-8, no BOM, \n line ends.
std::string normalised(std::string_view input, std::vector<Diagnostic>& diagnostics) {
  if (input.size() > kMaxInput) {
    diagnostics.push_back({Diagnostic::Severity::Error, 0, "the post is larger than 1 GiB; only its first GiB is read"});
    input = input.substr(0, kMaxInput);
  }
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  size_t replaced = 0;
  std::string text = utf8::repaired(input, &replaced);
  if (replaced > 0) {
    diagnostics.push_back({Diagnostic::Severity::Warning, 0,
                           std::to_string(replaced) + " byte sequence(s) that are not UTF-8 were replaced with U+FFFD"});
  }
  if (text.find('\r') != std::string::npos) {
    size_t out = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        text[out++] = '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        text[out++] = text[i];
      }
    }
    text.resize(out);
  }
  return text;
}

}  // namespace

Post parse_post(std::string_view input, const ParseOptions& options) {
  Post post;
  post.source = normalised(input, post.diagnostics);
  if (options.recognize_structure) {
    FrontMatter fm = read_front_matter(post.source);
    post.meta = std::move(fm.meta);
    post.body_offset = fm.body_offset;
    post.diagnostics.insert(post.diagnostics.end(), fm.diagnostics.begin(), fm.diagnostics.end());
  }
  build_nodes_from_markdown(post);
  if (options.recognize_structure) recognize_structure(post);
  return post;
}

}  // namespace clinic

// What holds for the model and the HTML of any input, however broken. Shared by
// the bad-input tests (which EXPECT no problem) and the fuzz targets (which
// abort on one), so both check the same promises.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/post_model.h"
#include "core/utf8.h"

namespace clinic::invariants {

inline bool is_valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t start = i;
    if (utf8::next(s, i) == utf8::kReplacement && s.compare(start, 3, "\xEF\xBF\xBD") != 0) return false;
  }
  return true;
}

// Bytes of link and image targets and titles in the model. md4c repeats a
// reference definition's target and title for every use of it, up to 16 times
// the input (its max_ref_def_output), and a decoded one is copied to the pool
// each time: they are bounded apart from the rest.
inline size_t attribute_bytes(const Post& post) {
  size_t bytes = 0;
  for (const Node& n : post.nodes) bytes += n.href.length + n.title.length;
  return bytes;
}

// Empty when the model keeps its promises; otherwise what is wrong, first problem only.
inline std::string model_problem(const Post& post) {
  if (!is_valid_utf8(post.source)) return "source is not valid UTF-8";
  if (post.source.find('\0') != std::string::npos) return "source holds a NUL byte";
  if (post.body_offset > post.source.size()) return "body_offset past the end of the source";
  if (post.nodes.empty()) return "no nodes";
  if (post.nodes[0].kind != NodeKind::Document) return "nodes[0] is not the Document";
  if (post.nodes[0].end != post.nodes.size()) return "the Document does not span every node";

  const auto ref_ok = [&](TextRef ref) {
    const std::string& buffer = (ref.offset & TextRef::kPoolBit) ? post.pool : post.source;
    const size_t offset = ref.offset & ~TextRef::kPoolBit;
    return ref.length == 0 || (offset <= buffer.size() && ref.length <= buffer.size() - offset);
  };
  std::vector<uint32_t> open;  // the enclosing nodes
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    const Node& n = post.nodes[i];
    while (!open.empty() && post.nodes[open.back()].end <= i) open.pop_back();
    const auto at = [i](const char* problem) { return problem + (" (node " + std::to_string(i) + ")"); };
    if (n.end <= i) return at("a node ends before it starts");
    if (!open.empty() && n.end > post.nodes[open.back()].end) return at("a node ends after its parent");
    if (!open.empty() && is_inline(post.nodes[open.back()].kind) && is_block(n.kind)) return at("a block inside an inline");
    if ((n.kind == NodeKind::Text || n.kind == NodeKind::SoftBreak || n.kind == NodeKind::HardBreak) && n.end != i + 1) {
      return at("a text or break node with children");
    }
    if (!ref_ok(n.text) || !ref_ok(n.href) || !ref_ok(n.title)) return at("a text reference outside its buffer");
    if (!is_valid_utf8(post.str(n.text)) || !is_valid_utf8(post.str(n.href)) || !is_valid_utf8(post.str(n.title))) {
      return at("a node's text is cut inside a UTF-8 sequence");
    }
    open.push_back(i);
  }

  // Memory in proportion to the input: every node stands for at least half a
  // byte of source; the pool holds decoded text and ids a few times the source,
  // and decoded targets and titles.
  const size_t size = post.source.size();
  const size_t attributes = attribute_bytes(post);
  if (post.nodes.size() > 2 * size + 16) return "more nodes than the source can account for";
  if (attributes > 17 * size + 1024) return "link targets and titles beyond md4c's cap on references";
  if (post.pool.size() > 8 * size + attributes + 1024) return "the pool outgrew the source";
  return {};
}

// Output size limits per source byte: the worst cases are one-byte containers
// (">" nests a <blockquote> of 27 bytes) and, in the article, empty headings
// that each become a <section> with an id.
inline constexpr size_t kPlainHtmlPerByte = 32;
inline constexpr size_t kArticleHtmlPerByte = 64;

// Empty when an HTML rendition of `post` is sound: valid UTF-8, no NUL, in
// proportion to the input. Targets and titles are written once per link,
// escaping at most six times their bytes (" as &quot;).
inline std::string html_problem(std::string_view html, const Post& post, size_t bytes_per_source_byte) {
  if (!is_valid_utf8(html)) return "HTML is not valid UTF-8";
  if (html.find('\0') != std::string_view::npos) return "HTML holds a NUL byte";
  if (html.size() > bytes_per_source_byte * post.source.size() + 6 * attribute_bytes(post) + 4096) {
    return "HTML out of proportion to the input";
  }
  return {};
}

}  // namespace clinic::invariants

#include "inline_source.h"

#include "plain_text.h"

namespace clinic {

size_t inline_source_offset(const Post& post, uint32_t index, std::string_view marker) {
  const Node& n = post.nodes[index];
  if (!plain_text(post, index).empty() && n.source_offset < post.source.size()) return n.source_offset;
  size_t from = post.body_offset;
  for (uint32_t k = index; k-- > 0;) {
    const Node& before = post.nodes[k];
    if (before.kind == NodeKind::Text && !(before.text.offset & TextRef::kPoolBit)) {
      from = before.text.offset + before.text.length;
      break;
    }
  }
  const size_t at = post.source.find(marker, from);
  return at == std::string::npos ? from : at;
}

}  // namespace clinic

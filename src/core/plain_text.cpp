#include "plain_text.h"

namespace clinic {
namespace {

void append_raw(const Post& post, uint32_t first, uint32_t end, std::string& out) {
  for (uint32_t i = first; i < end; ++i) {
    const Node& n = post.nodes[i];
    switch (n.kind) {
      case NodeKind::Text: out.append(post.str(n.text)); break;
      case NodeKind::SoftBreak:
      case NodeKind::HardBreak: out.push_back(' '); break;
      default:
        // Block boundaries separate words.
        if (is_block(n.kind)) out.push_back(' ');
        break;
    }
  }
}

}  // namespace

std::string collapse_whitespace(std::string_view text) {
  // Written through a pointer: the result is never longer than the text, and
  // a push_back per character is a library call in WebAssembly.
  std::string out(text.size(), '\0');
  char* const begin = out.data();
  char* w = begin;
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = w != begin;
    } else {
      if (pending_space) *w++ = ' ';
      pending_space = false;
      *w++ = c;
    }
  }
  out.resize(static_cast<size_t>(w - begin));
  return out;
}

std::string plain_text(const Post& post, uint32_t index) {
  std::string raw;
  append_raw(post, index + 1, post.nodes[index].end, raw);
  if (post.nodes[index].kind == NodeKind::Text) raw = post.str(post.nodes[index].text);
  return collapse_whitespace(raw);
}

std::string plain_text_of_range(const Post& post, uint32_t first, uint32_t end) {
  std::string raw;
  append_raw(post, first, end, raw);
  return collapse_whitespace(raw);
}

}  // namespace clinic

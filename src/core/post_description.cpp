#include "post_description.h"

#include "byline_reading.h"
#include "plain_text.h"

namespace clinic {
namespace {

constexpr size_t kMaxBytes = 200;

// Where the sentence starting at `from` ends (one past its . ! ? or 。, or the
// text's end): a mark followed by a space or the end, so "1.5 mm" and "Dr.Lee"
// do not end it.
size_t sentence_end(std::string_view text, size_t from) {
  for (size_t i = from; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ')) return i + 1;
  }
  return text.size();
}

bool is_greeting(std::string_view sentence) {
  return is_hello_line(sentence) || read_greeting_byline(sentence).has_value();
}

// Cut at the last space before kMaxBytes (or, with no space, at a character
// boundary), marked with an ellipsis.
std::string shortened(std::string_view sentence) {
  if (sentence.size() <= kMaxBytes) return std::string(sentence);
  size_t cut = sentence.rfind(' ', kMaxBytes);
  if (cut == std::string_view::npos || cut < kMaxBytes / 2) {
    cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  }
  std::string out(sentence.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',')) out.pop_back();
  return out + "…";
}

}  // namespace

std::string post_description(const Post& post) {
  if (!post.meta.summary.empty()) return collapse_whitespace(post.meta.summary);
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    if (post.nodes[i].kind != NodeKind::Paragraph) continue;
    const std::string text = plain_text(post, i);
    for (size_t start = 0; start < text.size();) {
      const size_t end = sentence_end(text, start);
      const std::string_view sentence = std::string_view(text).substr(start, end - start);
      if (!sentence.empty() && sentence != post.meta.title && !is_greeting(sentence)) return shortened(sentence);
      start = end;
      while (start < text.size() && text[start] == ' ') ++start;
    }
  }
  return {};
}

}  // namespace clinic

#include "post_images.h"

#include <algorithm>
#include <utility>

namespace clinic::view {

void ImageTable::reset_for(const Post& post) {
  entries.clear();
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    const Node& n = post.nodes[i];
    if (n.kind == NodeKind::Image && !n.href.empty() && !n.has(node_flags::kUnsafeTarget)) entries.push_back({i});
  }
  ++version;
}

const ImageEntry* ImageTable::find(uint32_t id) const {
  const auto it = std::lower_bound(entries.begin(), entries.end(), id, [](const ImageEntry& e, uint32_t v) { return e.id < v; });
  return it != entries.end() && it->id == id ? &*it : nullptr;
}

ImageEntry* ImageTable::find(uint32_t id) { return const_cast<ImageEntry*>(std::as_const(*this).find(id)); }

void ImageTable::set_ready(uint32_t id, uint64_t texture, float width, float height) {
  ImageEntry* e = find(id);
  if (e == nullptr) return;
  if (texture == 0 || !(width >= 1.0f) || !(height >= 1.0f)) return set_failed(id);
  e->status = ImageStatus::Ready;
  e->texture = texture;
  e->width = width;
  e->height = height;
  ++version;
}

void ImageTable::set_failed(uint32_t id) {
  ImageEntry* e = find(id);
  if (e == nullptr) return;
  e->status = ImageStatus::Failed;
  e->texture = 0;
  ++version;
}

uint32_t block_image_at(const Post& post, uint32_t index) {
  const Node& n = post.nodes[index];
  if (n.kind == NodeKind::Image) return index;
  if (n.kind == NodeKind::Link && index + 1 < n.end && post.nodes[index + 1].kind == NodeKind::Image &&
      post.nodes[index + 1].end == n.end) {
    return index + 1;
  }
  return 0;
}

}  // namespace clinic::view

// The post's images as the view sees them: an image id (the index of the
// Image node in the post) → loading, failed, or a texture and its natural size.
// The platform fills the table (the browser fetches, decodes and uploads; the
// native renderer leaves it empty) and bumps `version` on every change, which
// makes the layout reflow. The view never fetches or decodes anything.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/post_model.h"

namespace clinic::view {

enum class ImageStatus : uint8_t { Loading, Ready, Failed };

struct ImageEntry {
  uint32_t id = 0;  // the Image node's index in post.nodes
  ImageStatus status = ImageStatus::Loading;
  uint64_t texture = 0;  // the platform's texture (an ImTextureID) when Ready
  float width = 0, height = 0;  // natural size in image pixels (drawn at most this many CSS px wide)
};

struct ImageTable {
  std::vector<ImageEntry> entries;  // sorted by id
  uint32_t version = 0;

  // Every image of `post` with a target, Loading (an image whose target was dropped has none: alt text only).
  void reset_for(const Post& post);
  const ImageEntry* find(uint32_t id) const;
  ImageEntry* find(uint32_t id);
  void set_ready(uint32_t id, uint64_t texture, float width, float height);
  void set_failed(uint32_t id);
};

// The image a block shows for the inline node at `index`: an Image, or a Link
// holding only an Image (the image is then a link). Returns the Image's index, or 0.
uint32_t block_image_at(const Post& post, uint32_t index);

}  // namespace clinic::view

// WebGL textures for the post's images: the page fetches and decodes each image
// (web/element/images.js) and leaves the ImageBitmap in Module.imageBitmaps[id];
// these upload it through the GL context the core draws with. No image decoder
// in the wasm, and no pixel copy through its heap.
#pragma once

#include <cstdint>

namespace clinic::web {

// The GL texture name of image `id`'s bitmap (mipmapped, linear), or 0 when
// there is no bitmap or the upload failed. The reader's context must be current.
uint32_t upload_image_texture(int id);
void delete_image_texture(uint32_t texture);

}  // namespace clinic::web

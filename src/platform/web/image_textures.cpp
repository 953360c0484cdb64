#include "image_textures.h"

#include <emscripten.h>
#include <GLES3/gl3.h>

namespace clinic::web {
namespace {

// Registers the texture in Emscripten's GL name table (as glGenTextures does),
// so the ImGui backend binds it by name like any other.
EM_JS(int, upload_bitmap, (int id), {
  const bitmap = Module["imageBitmaps"] && Module["imageBitmaps"][id];
  const gl = GLctx;
  if (!bitmap || !gl || gl.isContextLost()) return 0;
  const texture = gl.createTexture();
  if (!texture) return 0;
  const previous = gl.getParameter(gl.TEXTURE_BINDING_2D);
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.pixelStorei(gl.UNPACK_ROW_LENGTH, 0);
  gl.pixelStorei(gl.UNPACK_ALIGNMENT, 4);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);  // ImGui blends straight alpha
  let ok = true;
  try {
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, bitmap);
    gl.generateMipmap(gl.TEXTURE_2D);  // drawn smaller than the bitmap on narrow columns
  } catch (e) {
    ok = false;  // e.g. a cross-origin image without CORS
  }
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR_MIPMAP_LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.bindTexture(gl.TEXTURE_2D, previous);
  if (!ok || gl.getError() !== gl.NO_ERROR) {
    gl.deleteTexture(texture);
    return 0;
  }
  const name = GL.getNewId(GL.textures);
  texture.name = name;
  GL.textures[name] = texture;
  return name;
});

}  // namespace

uint32_t upload_image_texture(int id) { return uint32_t(upload_bitmap(id)); }

void delete_image_texture(uint32_t texture) {
  if (texture != 0) glDeleteTextures(1, &texture);
}

}  // namespace clinic::web

#include "imgui_renderer.h"

#include <GLES3/gl3.h>
#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace clinic::gles3 {
namespace {

// Attribute locations are fixed in the shader, so nothing is looked up per frame.
constexpr GLuint kPosition = 0, kUv = 1, kColour = 2;

constexpr const char* kVertexShader = R"(#version 300 es
precision highp float;
layout (location = 0) in vec2 position;
layout (location = 1) in vec2 uv;
layout (location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
}
)";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D tex;
in vec2 frag_uv;
in vec4 frag_colour;
layout (location = 0) out vec4 out_colour;
void main() { out_colour = frag_colour * texture(tex, frag_uv); }
)";

struct RendererData {
  GLuint program = 0;
  bool checked = false;  // the program's link status was read (the first render)
  GLint projection = -1;
  GLint texture_unit = -1;
  GLuint vertex_array = 0;
  GLuint vertices = 0;
  GLuint indices = 0;
};

RendererData* data() { return static_cast<RendererData*>(ImGui::GetIO().BackendRendererUserData); }

GLuint compile(GLenum kind, const char* source) {
  const GLuint shader = glCreateShader(kind);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  return shader;
}

// Asking for a status waits for the GPU (in WebGL, a round trip to its
// process): it is asked once, at the first render, when the work is long done.
void check_program(RendererData& d) {
  d.checked = true;
  GLint ok = GL_FALSE;
  glGetProgramiv(d.program, GL_LINK_STATUS, &ok);
  if (ok) return;
  char log[512] = {};
  glGetProgramInfoLog(d.program, sizeof log, nullptr, log);
  std::fprintf(stderr, "clinic-reader: the ImGui shaders did not build: %s\n", log);
}

void create_device_objects(RendererData& d) {
  const GLuint vs = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fs = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  d.program = glCreateProgram();
  glAttachShader(d.program, vs);
  glAttachShader(d.program, fs);
  glLinkProgram(d.program);
  glDetachShader(d.program, vs);
  glDetachShader(d.program, fs);
  glDeleteShader(vs);
  glDeleteShader(fs);
  d.projection = glGetUniformLocation(d.program, "projection");
  d.texture_unit = glGetUniformLocation(d.program, "tex");

  // One vertex array for the renderer's life: it holds the attribute layout
  // and the index buffer binding.
  glGenBuffers(1, &d.vertices);
  glGenBuffers(1, &d.indices);
  glGenVertexArrays(1, &d.vertex_array);
  glBindVertexArray(d.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, d.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, d.indices);
  glEnableVertexAttribArray(kPosition);
  glEnableVertexAttribArray(kUv);
  glEnableVertexAttribArray(kColour);
  glBindVertexArray(0);
}

// Points the attributes at vertex `first` of the bound vertex buffer. ES 3 has
// no glDrawElementsBaseVertex: a draw list longer than 16-bit indices reach
// (the whole of a long post, natively) is drawn in pieces from moved pointers.
void point_attributes_at(unsigned first) {
  const size_t base = size_t(first) * sizeof(ImDrawVert);
  const auto at = [base](size_t offset) { return reinterpret_cast<const void*>(base + offset); };
  glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(kUv, 2, GL_FLOAT, GL_FALSE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(kColour, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(ImDrawVert), at(offsetof(ImDrawVert, col)));
}

void destroy_texture(ImTextureData& tex) {
  const auto name = static_cast<GLuint>(tex.TexID);
  glDeleteTextures(1, &name);
  tex.SetTexID(ImTextureID_Invalid);
  tex.SetStatus(ImTextureStatus_Destroyed);
}

// ImGui's texture requests: the font atlas is created, then grows as glyphs
// are baked on first use (updates of the rectangles written since).
void update_texture(ImTextureData& tex) {
  if (tex.Status == ImTextureStatus_WantCreate) {
    IM_ASSERT(tex.Format == ImTextureFormat_RGBA32);
    GLuint name = 0;
    glGenTextures(1, &name);
    glBindTexture(GL_TEXTURE_2D, name);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, tex.Width, tex.Height, 0, GL_RGBA, GL_UNSIGNED_BYTE, tex.GetPixels());
    tex.SetTexID(static_cast<ImTextureID>(name));
    tex.SetStatus(ImTextureStatus_OK);
  } else if (tex.Status == ImTextureStatus_WantUpdates) {
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(tex.TexID));
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, tex.Width);  // rectangles of the whole atlas, no copies
    for (const ImTextureRect& r : tex.Updates) {
      glTexSubImage2D(GL_TEXTURE_2D, 0, r.x, r.y, r.w, r.h, GL_RGBA, GL_UNSIGNED_BYTE, tex.GetPixelsAt(r.x, r.y));
    }
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    tex.SetStatus(ImTextureStatus_OK);
  } else if (tex.Status == ImTextureStatus_WantDestroy && tex.UnusedFrames > 0) {
    destroy_texture(tex);
  }
}

void setup_render_state(const RendererData& d, const ImDrawData& draw_data, int fb_width, int fb_height) {
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glViewport(0, 0, fb_width, fb_height);

  const float l = draw_data.DisplayPos.x, r = draw_data.DisplayPos.x + draw_data.DisplaySize.x;
  const float t = draw_data.DisplayPos.y, b = draw_data.DisplayPos.y + draw_data.DisplaySize.y;
  const float projection[16] = {
      2.0f / (r - l),    0.0f,              0.0f,  0.0f,  //
      0.0f,              2.0f / (t - b),    0.0f,  0.0f,  //
      0.0f,              0.0f,              -1.0f, 0.0f,  //
      (r + l) / (l - r), (t + b) / (b - t), 0.0f,  1.0f,
  };
  glUseProgram(d.program);
  glUniform1i(d.texture_unit, 0);
  glUniformMatrix4fv(d.projection, 1, GL_FALSE, projection);
  glActiveTexture(GL_TEXTURE0);
  glBindVertexArray(d.vertex_array);
  glBindBuffer(GL_ARRAY_BUFFER, d.vertices);
}

}  // namespace

void init_imgui_renderer() {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendRendererUserData == nullptr && "a renderer is installed already");
  io.BackendRendererUserData = IM_NEW(RendererData)();
  io.BackendRendererName = "clinic_reader_gles3";
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures | ImGuiBackendFlags_RendererHasVtxOffset;
  // Compiled now, while the fonts and the post are on their way, not in the first frame.
  create_device_objects(*data());
}

void render_imgui_draw_data(ImDrawData* draw_data) {
  const int fb_width = static_cast<int>(draw_data->DisplaySize.x * draw_data->FramebufferScale.x);
  const int fb_height = static_cast<int>(draw_data->DisplaySize.y * draw_data->FramebufferScale.y);
  if (fb_width <= 0 || fb_height <= 0) return;
  RendererData& d = *data();
  if (draw_data->Textures != nullptr) {
    for (ImTextureData* tex : *draw_data->Textures) {
      if (tex->Status != ImTextureStatus_OK) update_texture(*tex);
    }
  }
  if (d.program == 0) create_device_objects(d);  // after a lost context
  if (!d.checked) check_program(d);
  setup_render_state(d, *draw_data, fb_width, fb_height);

  const ImVec2 clip_offset = draw_data->DisplayPos;
  const ImVec2 clip_scale = draw_data->FramebufferScale;
  constexpr GLenum kIndexType = sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT;
  for (const ImDrawList* list : draw_data->CmdLists) {
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->VtxBuffer.Size) * sizeof(ImDrawVert),
                 list->VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(list->IdxBuffer.Size) * sizeof(ImDrawIdx),
                 list->IdxBuffer.Data, GL_STREAM_DRAW);
    unsigned first_vertex = 0;
    point_attributes_at(first_vertex);
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      if (cmd.UserCallback != nullptr) {
        if (cmd.UserCallback == ImDrawCallback_ResetRenderState) setup_render_state(d, *draw_data, fb_width, fb_height);
        else cmd.UserCallback(list, &cmd);
        continue;
      }
      // The clip rectangle in framebuffer pixels; GL's y runs upwards.
      const float x0 = (cmd.ClipRect.x - clip_offset.x) * clip_scale.x;
      const float y0 = (cmd.ClipRect.y - clip_offset.y) * clip_scale.y;
      const float x1 = (cmd.ClipRect.z - clip_offset.x) * clip_scale.x;
      const float y1 = (cmd.ClipRect.w - clip_offset.y) * clip_scale.y;
      if (x1 <= x0 || y1 <= y0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_height) - y1),
                static_cast<GLsizei>(x1 - x0), static_cast<GLsizei>(y1 - y0));
      if (cmd.VtxOffset != first_vertex) point_attributes_at(first_vertex = cmd.VtxOffset);
      glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(cmd.GetTexID()));
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount), kIndexType,
                     reinterpret_cast<const void*>(static_cast<uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
    }
  }
  // The caller's clears cover the whole framebuffer again.
  glDisable(GL_SCISSOR_TEST);
  glBindVertexArray(0);
}

void destroy_imgui_device_objects() {
  RendererData* d = data();
  if (d == nullptr) return;
  if (d->vertex_array) glDeleteVertexArrays(1, &d->vertex_array);
  if (d->vertices) glDeleteBuffers(1, &d->vertices);
  if (d->indices) glDeleteBuffers(1, &d->indices);
  if (d->program) glDeleteProgram(d->program);
  *d = RendererData{};
  // Textures ImGui owns alone are made again (WantCreate) on the next render.
  for (ImTextureData* tex : ImGui::GetPlatformIO().Textures) {
    if (tex->RefCount == 1) destroy_texture(*tex);
  }
}

void shutdown_imgui_renderer() {
  ImGuiIO& io = ImGui::GetIO();
  destroy_imgui_device_objects();
  IM_DELETE(data());
  io.BackendRendererUserData = nullptr;
  io.BackendRendererName = nullptr;
  io.BackendFlags &= ~ImGuiBackendFlags_RendererHasTextures;
}

}  // namespace clinic::gles3

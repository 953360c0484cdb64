// Draws ImGui's draw data with OpenGL ES 3: WebGL2 in the browser, an EGL
// context natively (src/platform/native/offscreen_renderer.cpp).
//
// ImGui's own imgui_impl_opengl3 reads back and restores every piece of GL
// state it touches, each frame, so that it can live inside someone else's
// engine. The reader owns its context, and in WebGL every glGet* is a
// synchronous round trip to the GPU process: those reads were 87 % of the
// script time of a scrolling frame in Chromium. This renderer sets the state it
// needs and reads nothing back. It keeps ImGui's conventions: the renderer's
// data lives in io.BackendRendererUserData, and it creates, updates and
// destroys the textures ImGui asks for (ImGuiBackendFlags_RendererHasTextures).
#pragma once

struct ImDrawData;

namespace clinic::gles3 {

// Installs the renderer in the current ImGui context. GL objects are made on
// the first render, in the GL context current then.
void init_imgui_renderer();

// Draws `draw_data` into the current framebuffer (viewport: the whole of it,
// DisplaySize x FramebufferScale). Leaves blending on and the scissor test off.
void render_imgui_draw_data(ImDrawData* draw_data);

// Forgets the GL objects (a lost context's are gone already; otherwise they
// are deleted): the next render makes them again and re-uploads ImGui's textures.
void destroy_imgui_device_objects();

// Removes the renderer from the current ImGui context, GL objects included.
void shutdown_imgui_renderer();

}  // namespace clinic::gles3

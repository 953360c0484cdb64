#include "offscreen_renderer.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>
#include <GLES3/gl3.h>

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>

#include "font_files.h"
#include "platform/gles3/imgui_renderer.h"
#include "view/draw_post.h"
#include "view/view_frame.h"
#include "view/view_input.h"

namespace clinic::native {
namespace {

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

std::string egl_error(const char* what) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", unsigned(eglGetError()));
  return std::string(what) + " failed (EGL error " + code + ")";
}

// A float that the backend turns back into exactly `pixels` framebuffer pixels:
// it computes (int)(css * scale), and css = pixels / scale may round down.
float css_for_pixels(int pixels, float scale) {
  float css = float(pixels) / scale;
  while (int(css * scale) < pixels) css = std::nextafter(css, 3.0e38f);
  return css;
}

}  // namespace

struct OffscreenRenderer::Impl {
  EGLDisplay display = EGL_NO_DISPLAY;
  EGLContext context = EGL_NO_CONTEXT;
  ImGuiContext* imgui = nullptr;
  bool backend = false;
  GLuint framebuffer = 0, colour = 0;
  int fb_width = 0, fb_height = 0;
  GLint max_renderbuffer = 0, max_viewport[2] = {0, 0};
  view::FontSet glyphs;  // fonts.txt's files (font_files.h)
  std::string font_dir;
  view::ViewFonts fonts;  // glyphs.fonts() after the last load
  view::LayoutCache layout;

  bool make_current() {
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) return false;
    ImGui::SetCurrentContext(imgui);
    return true;
  }

  bool create(std::string& error) {
    // The same rasteriser everywhere: Mesa's llvmpipe, even where a GPU exists.
    setenv("GALLIUM_DRIVER", "llvmpipe", 0);
    setenv("LIBGL_ALWAYS_SOFTWARE", "1", 0);
    const char* extensions = eglQueryString(EGL_NO_DISPLAY, EGL_EXTENSIONS);
    if (extensions == nullptr || std::string_view(extensions).find("EGL_MESA_platform_surfaceless") == std::string_view::npos) {
      error = "EGL has no surfaceless platform (EGL_MESA_platform_surfaceless): install Mesa's libegl-mesa0";
      return false;
    }
    const auto get_platform_display =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (get_platform_display == nullptr) {
      error = "EGL lacks eglGetPlatformDisplayEXT";
      return false;
    }
    display = get_platform_display(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor)) {
      error = egl_error("eglInitialize on the surfaceless platform");
      return false;
    }
    if (!eglBindAPI(EGL_OPENGL_ES_API)) {
      error = egl_error("eglBindAPI(EGL_OPENGL_ES_API)");
      return false;
    }
    // No surface at all (EGL_KHR_surfaceless_context): we draw into our own framebuffer object.
    const EGLint config_attributes[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_ES3_BIT, EGL_SURFACE_TYPE, EGL_PBUFFER_BIT,
                                        EGL_RED_SIZE, 8, EGL_GREEN_SIZE, 8, EGL_BLUE_SIZE, 8, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint configs = 0;
    if (!eglChooseConfig(display, config_attributes, &config, 1, &configs) || configs == 0) {
      error = egl_error("eglChooseConfig for OpenGL ES 3");
      return false;
    }
    const EGLint context_attributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 0, EGL_NONE};
    context = eglCreateContext(display, config, EGL_NO_CONTEXT, context_attributes);
    if (context == EGL_NO_CONTEXT) {
      error = egl_error("eglCreateContext (OpenGL ES 3.0)");
      return false;
    }
    imgui = ImGui::CreateContext();
    if (!make_current()) {
      error = egl_error("eglMakeCurrent without a surface");
      return false;
    }
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_renderbuffer);
    glGetIntegerv(GL_MAX_VIEWPORT_DIMS, max_viewport);

    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.BackendPlatformName = "clinic_reader_native";
    gles3::init_imgui_renderer();  // as on WebGL2
    backend = true;
    return true;
  }

  ~Impl() {
    if (context != EGL_NO_CONTEXT && make_current()) {
      if (framebuffer) glDeleteFramebuffers(1, &framebuffer);
      if (colour) glDeleteRenderbuffers(1, &colour);
      if (backend) gles3::shutdown_imgui_renderer();
    }
    if (imgui) ImGui::DestroyContext(imgui);
    if (display != EGL_NO_DISPLAY) {
      eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
      if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
      // No eglTerminate: the display is the process's one surfaceless display
      // (eglGetPlatformDisplay hands every caller the same), and terminating
      // unloads Mesa's driver, whose few never-freed globals LeakSanitizer then
      // reports from an unknown module. The process's exit reclaims it.
    }
  }

  bool size_framebuffer(int width, int height, std::string& error) {
    if (framebuffer && width == fb_width && height == fb_height) return true;
    if (!framebuffer) {
      glGenFramebuffers(1, &framebuffer);
      glGenRenderbuffers(1, &colour);
    }
    glBindRenderbuffer(GL_RENDERBUFFER, colour);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colour);
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE) {
      error = "cannot make a " + std::to_string(width) + "×" + std::to_string(height) + " framebuffer";
      return false;
    }
    fb_width = width;
    fb_height = height;
    return true;
  }

  // One ImGui frame of the view, as the web platform's cr_frame() makes it.
  view::FrameResult frame(const Post& post, view::ViewState& state) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(state.viewport_width, state.viewport_height);
    io.DisplayFramebufferScale = ImVec2(state.device_pixel_ratio, state.device_pixel_ratio);
    io.DeltaTime = 1.0f / 60.0f;
    view::set_font_density(fonts, state.device_pixel_ratio);
    view::begin_view_frame();
    view::FrameResult result = view::draw_post(post, state, fonts, layout);
    view::end_view_frame();
    return result;
  }
};

OffscreenRenderer::OffscreenRenderer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
OffscreenRenderer::~OffscreenRenderer() = default;

std::unique_ptr<OffscreenRenderer> OffscreenRenderer::create(std::string& error) {
  auto impl = std::make_unique<Impl>();
  if (!impl->create(error)) return nullptr;
  return std::unique_ptr<OffscreenRenderer>(new OffscreenRenderer(std::move(impl)));
}

bool OffscreenRenderer::load_fonts(const std::string& dir, std::string& error) {
  if (!impl_->make_current()) {
    error = egl_error("eglMakeCurrent");
    return false;
  }
  impl_->layout.invalidate();
  impl_->font_dir = dir;
  const bool ok = load_glyph_files(dir, impl_->glyphs, nullptr, error);
  impl_->fonts = impl_->glyphs.fonts();
  return ok;
}

bool OffscreenRenderer::load_glyphs_for(const Post& post, std::string& error) {
  if (!impl_->make_current()) {
    error = egl_error("eglMakeCurrent");
    return false;
  }
  const bool ok = load_glyph_files(impl_->font_dir, impl_->glyphs, &post, error);
  if (impl_->fonts.generation != impl_->glyphs.fonts().generation) {
    impl_->fonts = impl_->glyphs.fonts();
    impl_->layout.invalidate();
  }
  return ok;
}

const view::ViewFonts& OffscreenRenderer::fonts() const { return impl_->fonts; }
const view::FontSet& OffscreenRenderer::glyphs() const { return impl_->glyphs; }

std::string OffscreenRenderer::gl_renderer() const {
  if (!impl_->make_current()) return {};
  const GLubyte* s = glGetString(GL_RENDERER);
  return s ? reinterpret_cast<const char*>(s) : "";
}

std::string OffscreenRenderer::gl_version() const {
  if (!impl_->make_current()) return {};
  const GLubyte* s = glGetString(GL_VERSION);
  return s ? reinterpret_cast<const char*>(s) : "";
}

bool OffscreenRenderer::render(const Post& post, const RenderDesc& desc, RenderedPost& out, std::string& error) {
  Impl& r = *impl_;
  if (!r.make_current()) {
    error = egl_error("eglMakeCurrent");
    return false;
  }
  if (!r.fonts.ready()) {
    error = "no fonts loaded";
    return false;
  }
  if (!load_glyphs_for(post, error)) return false;  // the chunks this post needs
  const auto start = std::chrono::steady_clock::now();

  view::ViewState state;
  view::reset_for_post(post, state);
  for (size_t i = 0; i < state.qa_open.size() && i < desc.qa_open.size(); ++i) state.qa_open[i] = desc.qa_open[i] ? 1 : 0;
  state.reduce_motion = true;  // a still image: answers are fully open or closed
  state.qa_reveal.assign(state.qa_open.begin(), state.qa_open.end());
  state.viewport_width = desc.width;
  state.viewport_height = desc.width;  // any height: the first frame only measures the post
  state.device_pixel_ratio = desc.scale;
  state.theme = desc.theme;
  state.accent = desc.accent;
  state.font_scale = std::clamp(desc.font_scale, view::kMinFontScale, view::kMaxFontScale);
  r.layout.invalidate();

  // Frame 1 lays the post out at this width; frame 2 draws all of it in one
  // viewport (the layout is reused: only the viewport's height changed).
  out.content_height = r.frame(post, state).content_height;
  state.viewport_height = std::max(out.content_height, 1.0f);
  r.frame(post, state);
  out.layout = r.layout.layout;
  out.frame_ms = ms_since(start);

  const auto raster_start = std::chrono::steady_clock::now();
  ImDrawData* draw_data = ImGui::GetDrawData();
  const int width = int(draw_data->DisplaySize.x * desc.scale);  // as the backend sizes its viewport
  const int height = int(std::ceil(double(state.viewport_height) * desc.scale));
  const int max_width = std::min<int>(r.max_renderbuffer, r.max_viewport[0]);
  if (width <= 0 || width > max_width) {
    error = "an image " + std::to_string(width) + " pixels wide is beyond this GL's limit of " + std::to_string(max_width);
    return false;
  }
  const int tile_rows = std::min({height, std::max(desc.max_tile_rows, 1), int(r.max_renderbuffer), int(r.max_viewport[1])});
  if (!r.size_framebuffer(width, tile_rows, error)) return false;

  out.image.width = width;
  out.image.height = height;
  out.image.rgb.assign(size_t(width) * size_t(height) * 3, 0);
  std::vector<uint8_t> rgba(size_t(width) * size_t(tile_rows) * 4);
  const ImVec4 background =
      ImGui::ColorConvertU32ToFloat4(view::palette_for(state.theme, state.accent, state.more_contrast)[view::ColorRole::Background]);
  glBindFramebuffer(GL_FRAMEBUFFER, r.framebuffer);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  out.tiles = 0;
  for (int top = 0; top < height; top += tile_rows, ++out.tiles) {
    // A window onto the same frame: tile_rows device pixels from `top` down.
    draw_data->DisplayPos = ImVec2(0.0f, float(top) / desc.scale);
    draw_data->DisplaySize.y = css_for_pixels(tile_rows, desc.scale);
    glViewport(0, 0, width, tile_rows);
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    gles3::render_imgui_draw_data(draw_data);
    // GL's rows run bottom-up: the tile's top row is the framebuffer's last.
    const int rows = std::min(tile_rows, height - top);
    glReadPixels(0, tile_rows - rows, width, rows, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
    for (int j = 0; j < rows; ++j) {
      const uint8_t* src = rgba.data() + size_t(j) * size_t(width) * 4;
      uint8_t* dst = out.image.pixel(0, top + rows - 1 - j);
      for (int x = 0; x < width; ++x) {
        dst[3 * x] = src[4 * x];
        dst[3 * x + 1] = src[4 * x + 1];
        dst[3 * x + 2] = src[4 * x + 2];
      }
    }
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (const GLenum gl_error = glGetError(); gl_error != GL_NO_ERROR) {
    error = "OpenGL error " + std::to_string(gl_error) + " while drawing";
    return false;
  }
  out.raster_ms = ms_since(raster_start);
  return true;
}

}  // namespace clinic::native

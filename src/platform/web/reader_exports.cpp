// The browser edge of the reader: a WebGL2 context on the page's canvas, the
// ImGui OpenGL ES 3 renderer, and the C functions web/clinic-reader.js calls.
//
// No GLFW and no main loop on purpose: Emscripten's GLFW cancels wheel events
// (the page must scroll natively) and its main loop draws every vsync (the
// reader draws only when something changed). The page owns scrolling, sizing
// and input; it forwards them here and asks for a frame when one is needed.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>

#include "core/html_render.h"
#include "core/json_writer.h"
#include "core/parse_post.h"
#include "device_fonts_web.h"
#include "image_textures.h"
#include "platform/gles3/imgui_renderer.h"
#include "reader_state_json.h"
#include "view/text_lines.h"
#include "view/draw_post.h"
#include "view/font_set.h"
#include "view/glyph_coverage.h"
#include "view/post_images.h"
#include "view/view_frame.h"
#include "view/view_input.h"

namespace {

using namespace clinic;

struct WebReader {
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  Post post;
  view::ViewState state;
  view::ViewFonts fonts;
  view::FontSet glyphs;  // fonts/fonts.txt's files: the page fetches what it wants
  std::unique_ptr<web::BrowserFonts> device;  // the device's own faces, when the page asks for them
  bool glyph_manifest = false;
  view::LayoutCache layout;
  view::ImageTable images;  // filled by the page: cr_image_loaded / cr_image_failed
  view::FrameResult last;
  double last_time = 0.0;
  int frames_rendered = 0;
  int text_frames = 0;  // frames that drew the post's text (fonts ready, something laid out)
  int state_version = 0;  // bumped when something state() reports changes by the reader's own input
  std::string json;  // the last state_json(), kept alive for the caller
  std::string html;  // the last cr_post_html(), likewise
};

std::string standalone_html;  // cr_html_of's result (no reader needed)

WebReader* reader = nullptr;

// Links open in a new tab without access to this page (noopener); the page may
// intercept them through Module.onLinkClick.
EM_JS(void, open_link_in_page, (const char* url), {
  const href = UTF8ToString(url);
  if (Module["onLinkClick"] && Module["onLinkClick"](href) === false) return;
  window.open(href, "_blank", "noopener,noreferrer");
});

void open_link(const std::string& url) {
  if (!url.empty()) open_link_in_page(url.c_str());
}

void clear_to_background() {
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(view::palette_for(reader->state.theme, reader->state.accent, reader->state.more_contrast)[view::ColorRole::Background]);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace

extern "C" {

// Creates the GL context on `canvas_selector` (e.g. "#reader-canvas") and ImGui.
EMSCRIPTEN_KEEPALIVE int cr_init(const char* canvas_selector) {
  if (reader != nullptr) return 1;
  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = false;
  attrs.antialias = false;  // ImGui anti-aliases its own shapes
  attrs.depth = false;
  attrs.stencil = false;
  // The renderer needs WebGL 2 alone. Emscripten would otherwise enable every
  // extension the browser offers, one getExtension() each, at start-up.
  attrs.enableExtensionsByDefault = false;
  const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = emscripten_webgl_create_context(canvas_selector, &attrs);
  if (gl <= 0) return 0;
  emscripten_webgl_make_context_current(gl);

  reader = new WebReader();
  reader->gl = gl;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.LogFilename = nullptr;
  io.BackendPlatformName = "clinic_reader_web";
  gles3::init_imgui_renderer();
  reader->last_time = emscripten_performance_now();
  return 1;
}

// Memory for a font file: the page writes the file here, then calls cr_add_font,
// which hands it to the font atlas (freed with ImGui's allocator).
EMSCRIPTEN_KEEPALIVE void* cr_font_buffer(int size) { return ImGui::MemAlloc(size_t(size)); }

// face: 0 regular, 1 bold. Returns 1 when the font was added.
EMSCRIPTEN_KEEPALIVE int cr_add_font(int face, void* data, int size) {
  return view::add_font(reader->fonts, face == 1 ? view::FontFace::Bold : view::FontFace::Regular, data, size) ? 1 : 0;
}

// The glyph files (fonts/fonts.txt, glyph_manifest.h): the page hands in the
// manifest, then asks which files to fetch (the base faces and start-up emoji
// at once, later the chunks the post needs) and hands each one in; it asks
// again after every file and every new post. Returns 0 on a bad manifest.
EMSCRIPTEN_KEEPALIVE int cr_glyphs_manifest(const char* text, int length) {
  std::string error;
  reader->glyph_manifest = reader->glyphs.read_manifest(std::string_view(text, size_t(length)), error);
  if (!reader->glyph_manifest) emscripten_console_error(error.c_str());
  return reader->glyph_manifest ? 1 : 0;
}

// Draws with the device's own fonts (Canvas 2D); fonts.txt's files then stand in
// only for what the device lacks. Called before the manifest arrives.
EMSCRIPTEN_KEEPALIVE void cr_use_device_fonts() {
  if (!reader->device) reader->device = std::make_unique<web::BrowserFonts>();
  reader->glyphs.use_device(reader->device.get());
}

// The files to fetch now, one name a line (marked as requested: each is listed once).
EMSCRIPTEN_KEEPALIVE const char* cr_glyphs_wanted() {
  const std::vector<std::string> names = reader->glyphs.wanted_files(reader->post.nodes.empty() ? nullptr : &reader->post);
  reader->glyphs.mark_requested(names);
  reader->json.clear();
  for (const std::string& name : names) reader->json += name + "\n";
  return reader->json.c_str();
}

// `data` from cr_font_buffer; freed here. `ok` 0: the fetch failed (the file is given up).
EMSCRIPTEN_KEEPALIVE int cr_glyphs_add(const char* name, void* data, int size, int ok) {
  std::string error;
  bool added = false;
  if (ok) added = reader->glyphs.add_file(name, data, size_t(size), error);
  else reader->glyphs.mark_failed(name);
  if (data != nullptr) ImGui::MemFree(data);
  if (ok && !added) emscripten_console_error(error.c_str());
  return added ? 1 : 0;
}

// What the loaded glyph sources cannot draw of the post, as JSON:
// [{"text": "…", "codepoint": 55203, "loadable": false}, ...].
EMSCRIPTEN_KEEPALIVE const char* cr_missing_glyphs() {
  reader->glyphs.update();
  std::string& out = reader->json;
  out = "[";
  for (const view::MissingGlyph& m : view::missing_glyphs(reader->post, reader->glyphs)) {
    if (out.size() > 1) out += ',';
    out += "{\"text\":";
    json::append_string(out, m.text);
    out += ",\"codepoint\":" + std::to_string(uint32_t(m.codepoint)) + ",\"loadable\":" + (m.loadable ? "true" : "false") + "}";
  }
  out += "]";
  return out.c_str();
}

static void drop_image_textures() {
  emscripten_webgl_make_context_current(reader->gl);
  for (const view::ImageEntry& e : reader->images.entries) web::delete_image_texture(uint32_t(e.texture));
}

EMSCRIPTEN_KEEPALIVE void cr_load_markdown(const char* text, int length) {
  drop_image_textures();
  reader->post = parse_post(std::string_view(text, size_t(length)));
  reader->images.reset_for(reader->post);
  view::reset_for_post(reader->post, reader->state);
  reader->layout.invalidate();
}

EMSCRIPTEN_KEEPALIVE int cr_set_theme(const char* name) {
  return view::theme_from_name(name, reader->state.theme) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void cr_set_accent(int rgb) { reader->state.accent = uint32_t(rgb) & 0xFFFFFF; }

// prefers-contrast: more: the higher-contrast palette.
EMSCRIPTEN_KEEPALIVE void cr_set_more_contrast(int more) { reader->state.more_contrast = more != 0; }

EMSCRIPTEN_KEEPALIVE void cr_set_font_scale(float scale) {
  reader->state.font_scale = std::clamp(scale, view::kMinFontScale, view::kMaxFontScale);
}

// The canvas's size in CSS pixels and the device pixel ratio; the page sizes the
// canvas's backing store to css * dpr.
EMSCRIPTEN_KEEPALIVE void cr_resize(float css_width, float css_height, float dpr) {
  reader->state.viewport_width = std::max(css_width, 1.0f);
  reader->state.viewport_height = std::max(css_height, 1.0f);
  reader->state.device_pixel_ratio = std::clamp(dpr, 0.5f, 8.0f);
}

// prefers-reduced-motion: answers open and close without animation.
EMSCRIPTEN_KEEPALIVE void cr_set_reduce_motion(int reduce) { reader->state.reduce_motion = reduce != 0; }

EMSCRIPTEN_KEEPALIVE void cr_set_scroll(float y) { reader->state.scroll_y = std::max(y, 0.0f); }

EMSCRIPTEN_KEEPALIVE void cr_pointer_move(float x, float y) { ImGui::GetIO().AddMousePosEvent(x, y); }
EMSCRIPTEN_KEEPALIVE void cr_pointer_button(int button, int down) {
  if (button >= 0 && button < ImGuiMouseButton_COUNT) ImGui::GetIO().AddMouseButtonEvent(button, down != 0);
  if (down) reader->state.focus_visible = false;  // a pointer user needs no focus ring
}
EMSCRIPTEN_KEEPALIVE void cr_pointer_leave() { ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX); }
EMSCRIPTEN_KEEPALIVE void cr_focus(int focused) {
  ImGui::GetIO().AddFocusEvent(focused != 0);
  if (!focused) reader->state.focus_visible = false;
}

// A key pressed on the focused canvas (view::Key); 1 when the reader used it,
// so the page cancels the browser's default action only then.
EMSCRIPTEN_KEEPALIVE int cr_key(int key) {
  view::Activation activation;
  const bool used = view::handle_key(reader->layout.layout, reader->state, static_cast<view::Key>(key), &activation);
  open_link(activation.open_link);
  if (activation.state_changed) ++reader->state_version;
  return used ? 1 : 0;
}
// The focused element's vertical extent in post coordinates, for scrolling it into view.
EMSCRIPTEN_KEEPALIVE float cr_focus_top() { return view::focus_extent(reader->layout.layout, reader->state).top; }
EMSCRIPTEN_KEEPALIVE float cr_focus_bottom() { return view::focus_extent(reader->layout.layout, reader->state).bottom; }

EMSCRIPTEN_KEEPALIVE int cr_toggle(int index) { return view::toggle_question(reader->state, index) ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE void cr_expand_all() { view::set_all_questions(reader->state, true); }
EMSCRIPTEN_KEEPALIVE void cr_collapse_all() { view::set_all_questions(reader->state, false); }

// Draws one frame. Returns 1 when another frame is wanted (queued input, animation).
EMSCRIPTEN_KEEPALIVE int cr_frame() {
  WebReader& r = *reader;
  emscripten_webgl_make_context_current(r.gl);
  const float dpr = r.state.device_pixel_ratio;
  ++r.frames_rendered;
  if (r.glyph_manifest || r.glyphs.uses_device()) {  // files that arrived since the last frame join the fonts
    r.glyphs.update();
    r.fonts = r.glyphs.fonts();
  }
  // Until the post's text can be drawn, frames leave the canvas untouched (the
  // page keeps it hidden until then): every frame that draws is one more for the
  // browser to composite ahead of the first text, tens of milliseconds each in
  // a software compositor.
  const bool shown_before = r.text_frames > 0;
  if (!r.fonts.ready()) {
    if (shown_before) clear_to_background();
    return 0;
  }
  ImGuiIO& io = ImGui::GetIO();
  const double now = emscripten_performance_now();
  // After an idle spell the clock jumped: animations resume from where they were.
  io.DeltaTime = float(std::clamp((now - r.last_time) / 1000.0, 1e-4, 1.0 / 30.0));
  r.last_time = now;
  io.DisplaySize = ImVec2(r.state.viewport_width, r.state.viewport_height);
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  view::set_font_density(r.fonts, dpr);
  if (r.device) web::BrowserFonts::set_density(dpr);

  view::begin_view_frame();
  r.last = view::draw_post(r.post, r.state, r.fonts, r.layout, &r.images);
  if (!r.layout.layout.items.empty()) ++r.text_frames;
  open_link(r.last.open_link);
  if (r.last.state_changed) ++r.state_version;
  ImDrawData* draw_data = view::end_view_frame();
  if (!shown_before && r.layout.layout.items.empty()) return 0;  // no post yet
  const int fb_width = int(r.state.viewport_width * dpr + 0.5f), fb_height = int(r.state.viewport_height * dpr + 0.5f);
  glViewport(0, 0, fb_width, fb_height);
  clear_to_background();
  gles3::render_imgui_draw_data(draw_data);
  const bool input_pending = view::view_input_pending();
  return (r.last.wants_another_frame || input_pending) ? 1 : 0;
}

// The WebGL context came back after a loss: the old GL objects are gone. The
// renderer makes its program and buffers again and ImGui re-uploads the font
// atlas next frame.
EMSCRIPTEN_KEEPALIVE void cr_context_restored() {
  emscripten_webgl_make_context_current(reader->gl);
  gles3::destroy_imgui_device_objects();
  for (view::ImageEntry& e : reader->images.entries) {  // the page still holds the bitmaps
    if (e.status == view::ImageStatus::Ready) reader->images.set_ready(e.id, web::upload_image_texture(int(e.id)), e.width, e.height);
  }
}

// The post's images the page should fetch: [[id, "src as written"], ...].
EMSCRIPTEN_KEEPALIVE const char* cr_images_json() {
  std::string& out = reader->json;
  out = "[";
  for (const view::ImageEntry& e : reader->images.entries) {
    if (out.size() > 1) out += ',';
    out += "[" + std::to_string(e.id) + ",";
    json::append_string(out, reader->post.str(reader->post.nodes[e.id].href));
    out += "]";
  }
  out += "]";
  return out.c_str();
}

// Image `id` is decoded (Module.imageBitmaps[id]); its natural size in pixels.
// Returns 1 when it was uploaded; the next frame lays it out (a reflow).
EMSCRIPTEN_KEEPALIVE int cr_image_loaded(int id, float width, float height) {
  emscripten_webgl_make_context_current(reader->gl);
  const uint32_t texture = web::upload_image_texture(id);
  reader->images.set_ready(uint32_t(id), texture, width, height);
  const view::ImageEntry* e = reader->images.find(uint32_t(id));
  return e && e->status == view::ImageStatus::Ready ? 1 : 0;
}

// Image `id` failed (network, HTTP error, too large, undecodable): its alt text stays.
EMSCRIPTEN_KEEPALIVE void cr_image_failed(int id) { reader->images.set_failed(uint32_t(id)); }

EMSCRIPTEN_KEEPALIVE int cr_state_version() { return reader->state_version; }

EMSCRIPTEN_KEEPALIVE float cr_content_height() { return reader->last.content_height; }
EMSCRIPTEN_KEEPALIVE int cr_frames_rendered() { return reader->frames_rendered; }
EMSCRIPTEN_KEEPALIVE int cr_text_frames_rendered() { return reader->text_frames; }
// The mouse cursor the view asks for: 0 arrow, 1 pointing hand.
EMSCRIPTEN_KEEPALIVE int cr_cursor() {
  return reader->fonts.ready() && ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand ? 1 : 0;
}
// The URL of the hovered link ("" when none), for the page's status tooltip.
EMSCRIPTEN_KEEPALIVE const char* cr_hovered_link() { return reader->last.hovered_link.c_str(); }

// The page's DOM layers, built from what the canvas shows.

// The core's accessible article for the loaded post (the semantic DOM layer).
EMSCRIPTEN_KEEPALIVE const char* cr_post_html() {
  reader->html = render_article_html(reader->post);
  return reader->html.c_str();
}

// The article for `text` without a reader: the fallback when WebGL2 is missing.
EMSCRIPTEN_KEEPALIVE const char* cr_html_of(const char* text, int length) {
  standalone_html = render_article_html(parse_post(std::string_view(text, size_t(length))));
  return standalone_html.c_str();
}

// Counts layouts: the text layer is rebuilt only when this changes (a reflow).
EMSCRIPTEN_KEEPALIVE int cr_layout_version() { return int(reader->layout.relayouts); }

// The drawn lines for the text layer: [[x, y, width, size, bold, "text"], ...]
// in post coordinates (CSS px), from the current layout.
EMSCRIPTEN_KEEPALIVE const char* cr_text_lines_json() {
  const view::TextLines lines = view::text_lines(reader->layout.layout);
  std::string& out = reader->json;
  out = "[";
  char numbers[96];
  for (const view::TextLineBox& line : lines.lines) {
    if (out.size() > 1) out += ',';
    std::snprintf(numbers, sizeof numbers, "[%.2f,%.2f,%.2f,%.2f,%d,", double(line.x), double(line.y), double(line.width),
                  double(line.size), line.bold ? 1 : 0);
    out += numbers;
    json::append_string(out, std::string_view(lines.text).substr(line.text_begin, line.text_end - line.text_begin));
    out += ']';
  }
  out += ']';
  return out.c_str();
}

// Keyboard focus is on a DOM control of the semantic layer: the canvas draws
// the ring on its counterpart. kind: view::HitKind (0 question row, 2 expand
// all, 3 collapse all), -1 for none. Returns 1 when the counterpart exists.
EMSCRIPTEN_KEEPALIVE int cr_focus_hit(int kind, int index, int visible) {
  view::ViewState& state = reader->state;
  const view::PostLayout& layout = reader->layout.layout;
  state.focus = -1;
  state.focus_visible = false;
  if (kind < 0) return 0;
  for (size_t f = 0; f < layout.focus_order.size(); ++f) {
    const view::HitRegion& hit = layout.hits[size_t(layout.focus_order[f])];
    if (int(hit.kind) == kind && (hit.kind != view::HitKind::QaRow || hit.index == index)) {
      state.focus = int(f);
      state.focus_visible = visible != 0;
      return 1;
    }
  }
  return 0;
}

EMSCRIPTEN_KEEPALIVE const char* cr_state_json() {
  reader->json = reader_state_json(reader->post, reader->state, reader->layout.layout, {reader->frames_rendered, reader->text_frames});
  return reader->json.c_str();
}

}  // extern "C"

// The view on any post: bytes -> parse_post -> layout and frames in a headless
// ImGui (platform/native/headless_view.h: an ImGui context, no GL, the build's
// glyph files). The first bytes choose the reader's state — width, font scale,
// density, theme, open questions, an answer mid-animation, keys pressed, the
// viewport's height and scroll position — the rest is the post. Asserted: what
// post_layout.h, line_breaking.h and draw_post.h promise (see each check).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/parse_post.h"
#include "core/utf8.h"
#include "fuzz/fuzz_support.h"
#include "platform/native/headless_view.h"
#include "view/glyph_text.h"
#include "view/line_breaking.h"
#include "view/post_layout.h"
#include "view/styled_text.h"
#include "view/text_lines.h"
#include "view/view_input.h"

using namespace clinic;

namespace {

// The reader's state, from the first kKnobBytes bytes.
constexpr size_t kKnobBytes = 12;

struct Knobs {
  float width = 800.0f;  // 200 .. 2000 CSS px
  float font_scale = 1.0f;  // one of 8 steps from kMinFontScale to kMaxFontScale (few sizes: a bounded atlas)
  float device_pixel_ratio = 1.0f;
  view::Theme theme = view::Theme::Light;
  bool animate = false;  // reduce_motion off and answers caught mid-way
  float scroll = 0.0f;   // 0..1 of the scrollable height
  float viewport_height = 600.0f;  // 240 .. 1260
  uint32_t open = 0;     // question i is open when bit i % 32 is set
  view::Key keys[4] = {};  // 0: none
  int key_count = 0;
};

Knobs read_knobs(const uint8_t* d) {
  Knobs k;
  k.width = 200.0f + float(((unsigned(d[0]) << 8) | d[1]) % 1801u);
  k.font_scale = view::kMinFontScale + (view::kMaxFontScale - view::kMinFontScale) * float(d[2] % 8) / 7.0f;
  k.theme = static_cast<view::Theme>((d[3] & 3) % 3);
  k.device_pixel_ratio = (d[3] & 4) ? 2.0f : 1.0f;
  k.animate = (d[3] & 8) != 0;
  k.scroll = float(d[4]) / 255.0f;
  k.viewport_height = 240.0f + 4.0f * float(d[5]);
  k.open = uint32_t(d[6]) | uint32_t(d[7]) << 8 | uint32_t(d[8]) << 16 | uint32_t(d[9]) << 24;
  for (int i = 0; i < 4; ++i) {
    const int key = (i < 2 ? d[10] : d[11]) >> (i % 2 ? 4 : 0) & 15;
    if (key >= 1 && key <= 9) k.keys[k.key_count++] = static_cast<view::Key>(key);
  }
  return k;
}

native::HeadlessView* new_view() {
  auto* v = new native::HeadlessView(CLINIC_READER_FONT_DIR);
  if (!v->ready()) {
    std::fprintf(stderr,
                 "view_layout_fuzzer: no glyph files in %s (%s).\nMake them with `cmake --preset native && "
                 "cmake --build --preset native --target clinic_fonts`, or configure tests/fuzz with "
                 "-DCLINIC_READER_FONT_DIR=<a folder with fonts.txt>.\n",
                 CLINIC_READER_FONT_DIR, v->error().c_str());
    std::exit(2);
  }
  return v;
}

// Dear ImGui 1.92.2 (Debian's) counts the reuses of an atlas rectangle in a
// signed 10-bit field and its check fails once that wraps, after 511 reuses of
// one entry (fixed upstream in 1.92.3, ocornut/imgui#8906; with the checks
// compiled out, as in our builds, the wrap is harmless). One fuzzing process
// changes font sizes tens of thousands of times, far beyond a reader's
// session: every kInputsPerView inputs start with a fresh view (a new ImGui
// context and atlas). Found by this target after 81,000 inputs in one process.
constexpr int kInputsPerView = 10000;

native::HeadlessView& the_view() {
  static native::HeadlessView* view = nullptr;
  static int inputs = 0;
  if (view != nullptr && ++inputs % kInputsPerView == 0) {
    delete view;
    view = nullptr;
  }
  if (view == nullptr) view = new_view();
  return *view;
}

bool finite(float v) { return std::isfinite(v); }

using Glyph = native::GlyphQuad;

// The glyphs in the draw data (native::glyph_quads), its vertices all finite.
std::vector<Glyph> glyphs_in(const ImDrawData* data) {
  for (const ImDrawList* list : data->CmdLists) {
    for (const ImDrawVert& vertex : list->VtxBuffer) {
      fuzz::require(finite(vertex.pos.x) && finite(vertex.pos.y), "a vertex is not finite");
    }
  }
  return native::glyph_quads(*data);
}

// Lists, quotes, tables, Q&A and summary cards narrow the width they hand their
// content; a post without them lays everything out in the reading column.
bool is_flat(const Post& post) {
  for (const Node& n : post.nodes) {
    switch (n.kind) {
      case NodeKind::BlockQuote: case NodeKind::List: case NodeKind::Table: case NodeKind::QaItem:
      case NodeKind::SummaryList:
        return false;
      default: break;
    }
  }
  return true;
}

size_t count_of(const Post& post, NodeKind kind) {
  size_t n = 0;
  for (const Node& node : post.nodes) n += node.kind == kind;
  return n;
}

// Everything post_layout.h's PostLayout promises, whatever the post.
// `settled`: no answer is mid-animation (then nothing is clipped).
void check_layout(const Post& post, const view::PostLayout& layout, const view::ViewState& state, bool settled) {
  const view::Metrics& m = layout.metrics;
  fuzz::require(finite(layout.height) && layout.height >= 0.0f, "the post's height is not finite and >= 0");
  fuzz::require(finite(m.body) && m.body > 0 && finite(m.column) && m.column > 0 && finite(m.left) && m.left >= 0 &&
                    m.left + m.column <= state.viewport_width + 0.5f,
                "the reading column is not inside the viewport");
  fuzz::require(invariants::is_valid_utf8(layout.text), "the layout's text is not valid UTF-8");
  const float eps = 0.5f;

  // Items: finite, inside the post's height (to their clip), text in range.
  for (const view::DrawItem& item : layout.items) {
    fuzz::require(finite(item.x) && finite(item.y) && finite(item.w) && finite(item.h) && finite(item.size) &&
                      finite(item.clip_y),
                  "an item's box is not finite");
    const float top = std::min(item.y, item.y + item.h), bottom = std::max(item.y, item.y + item.h);
    fuzz::require(top >= -eps && std::min(bottom, item.clip_y) <= layout.height + eps,
                  "an item is outside the post's height");
    fuzz::require(!settled || item.clip_y > 1.0e38f, "an item is clipped with every answer at rest");
    fuzz::require(item.clip_y > 1.0e38f || item.y < item.clip_y, "an item wholly below its clip was kept");
    if (item.kind == view::ItemKind::Text) {
      fuzz::require(item.text_begin <= item.text_end && item.text_end <= layout.text.size(),
                    "a text item's range is outside the layout's text");
      fuzz::require(item.w >= 0.0f && item.size > 0.0f && item.h == item.size, "a text item's size is off");
      const std::string_view text(layout.text.data() + item.text_begin, item.text_end - item.text_begin);
      fuzz::require(invariants::is_valid_utf8(text), "a text item is cut inside a UTF-8 sequence");
    }
    // An item belongs to a region that exists and holds it (hovering the region restyles it).
    if (item.hit >= 0) {
      fuzz::require(size_t(item.hit) < layout.hits.size(), "an item refers to a hit region that does not exist");
      const view::HitRegion& r = layout.hits[size_t(item.hit)];
      if (top < r.y0 - eps || bottom > r.y1 + eps) {
        std::fprintf(stderr, "item kind %d at y %.2f..%.2f (clip %.2f), region kind %d at y %.2f..%.2f\n",
                     int(item.kind), top, bottom, item.clip_y, int(r.kind), r.y0, r.y1);
        fuzz::require(false, "an item lies outside its hit region");
      }
    }
  }

  // Hit regions: finite, inside the post, targets that exist.
  size_t rows = 0;
  float last_row = -1.0f;
  int last_ordinal = -1;
  for (const view::HitRegion& r : layout.hits) {
    fuzz::require(finite(r.x0) && finite(r.x1) && finite(r.y0) && finite(r.y1), "a hit region is not finite");
    fuzz::require(r.y0 <= r.y1 && r.y0 >= -eps && r.y1 <= layout.height + eps, "a hit region is outside the post");
    switch (r.kind) {
      case view::HitKind::Link:
        fuzz::require(r.index >= 0 && size_t(r.index) < layout.links.size(), "a link region without its link");
        break;
      case view::HitKind::QaRow:
        // One row per question, in post order, top to bottom.
        fuzz::require(r.index == last_ordinal + 1, "question rows out of order");
        fuzz::require(r.y0 >= last_row, "a question row above the one before");
        last_ordinal = r.index;
        last_row = r.y1;
        ++rows;
        break;
      case view::HitKind::ExpandAll:
      case view::HitKind::CollapseAll:
        break;
    }
  }
  fuzz::require(rows == state.qa_open.size(), "not one row per question");

  // Tab reaches every focusable region once, in layout order.
  int previous = -1;
  size_t focusable = 0;
  for (const view::HitRegion& r : layout.hits) focusable += r.focusable();
  fuzz::require(layout.focus_order.size() == focusable, "the focus order misses a control");
  for (const auto hit : layout.focus_order) {
    fuzz::require(hit > previous && size_t(hit) < layout.hits.size() && layout.hits[size_t(hit)].focusable(),
                  "the focus order holds a region it should not");
    previous = hit;
  }

  // Images, in post order, top to bottom (answers at rest: nothing overlaps).
  float image_bottom = 0.0f;
  for (const view::ImageBox& box : layout.images) {
    fuzz::require(finite(box.x) && finite(box.y) && finite(box.w) && finite(box.h) && box.h >= 0.0f,
                  "an image box is not finite");
    if (settled) fuzz::require(box.y >= image_bottom - eps, "an image above the one before");
    image_bottom = box.y + box.h;
  }

  // Where nothing narrows it, every line stays in the reading column.
  if (is_flat(post)) {
    for (const view::DrawItem& item : layout.items) {
      if (item.kind != view::ItemKind::Text) continue;
      fuzz::require(item.x >= m.left - eps && item.x + item.w <= m.left + m.column + eps,
                    "a line leaves the reading column");
    }
  }

  // The y indexes find what a walk finds (post_layout.h's YIndex): every item
  // meeting a band is in items_near's range, hit_at is the topmost region.
  fuzz::require(layout.item_index.size() == layout.items.size() && layout.hit_index.size() == layout.hits.size(),
                "the y index is not the layout's");
  for (const float y0 : {state.scroll_y, layout.height * 0.5f, layout.height - state.viewport_height}) {
    const float y1 = y0 + state.viewport_height;
    const view::YIndex::Range near = layout.items_near(y0, y1);
    fuzz::require(near.begin <= near.end && near.end <= layout.items.size(), "items_near's range is off");
    for (size_t i = 0; i < layout.items.size(); ++i) {
      const view::DrawItem& item = layout.items[i];
      if (view::item_top(item) > y1 || view::item_bottom(item) < y0) continue;
      fuzz::require(i >= near.begin && i < near.end, "items_near misses an item in the band");
    }
  }
  const size_t stride = layout.items.size() / 256 + 1;  // probes at up to 256 items' centres
  for (size_t k = 0; k < layout.items.size(); k += stride) {
    const view::DrawItem& item = layout.items[k];
    const float x = item.x + item.w * 0.5f, y = item.y + item.h * 0.5f;
    int walked = -1;
    for (size_t i = layout.hits.size(); i-- > 0;) {
      if (layout.hits[i].contains(x, y)) {
        walked = int(i);
        break;
      }
    }
    fuzz::require(layout.hit_at(x, y) == walked, "hit_at finds another region than a walk");
  }

  // The text layer's lines: inside the layout's text, not clipped.
  const view::TextLines lines = view::text_lines(layout);
  for (const view::TextLineBox& line : lines.lines) {
    fuzz::require(line.text_begin <= line.text_end && line.text_end <= lines.text.size(), "a text-layer line is off");
    fuzz::require(finite(line.x) && finite(line.y) && finite(line.width) && line.width >= 0.0f,
                  "a text-layer line's box is not finite");
  }
  fuzz::require(invariants::is_valid_utf8(lines.text), "the text layer is not valid UTF-8");
}

// line_breaking.h: lines no wider than the width (a line of one character
// excepted: a word longer than the column is cut between characters), in
// order, on character boundaries, losing nothing but spaces.
void check_line_breaking(const view::StyledText& text, const view::ViewFonts& fonts, float size, float width,
                         view::Spaces spaces) {
  const view::BrokenText broken = view::break_lines(text, fonts, size, width, 0, spaces);
  const std::string& s = text.text;
  std::vector<char> covered(s.size(), 0);
  uint32_t previous_end = 0;
  for (const view::TextLine& line : broken.lines) {
    fuzz::require(line.first_fragment + line.fragment_count <= broken.fragments.size(), "a line's fragments are off");
    float x = 0.0f;
    size_t visible = 0;
    for (uint32_t k = 0; k < line.fragment_count; ++k) {
      const view::LineFragment& f = broken.fragments[line.first_fragment + k];
      fuzz::require(f.begin < f.end && f.end <= s.size() && f.begin >= previous_end, "fragments out of order");
      fuzz::require((s[f.begin] & 0xC0) != 0x80 && (f.end == s.size() || (s[f.end] & 0xC0) != 0x80),
                    "a fragment cuts a UTF-8 sequence");
      fuzz::require(std::abs(f.x - x) <= 0.01f && f.width >= 0.0f, "a fragment is not where the one before ends");
      x += f.width;
      previous_end = f.end;
      for (size_t i = f.begin; i < f.end;) {
        const size_t at = i;
        const char32_t cp = utf8::next(s, i);
        std::fill(covered.begin() + long(at), covered.begin() + long(i), 1);
        visible += cp != ' ' && cp != '\t' && cp != '\n' && !view::is_invisible(cp);
      }
    }
    fuzz::require(std::abs(line.width - x) <= 0.01f, "a line's width is not its fragments'");
    if (line.width > width + 0.01f && visible > 1) {
      const view::LineFragment& first = broken.fragments[line.first_fragment];
      const view::LineFragment& last = broken.fragments[line.first_fragment + line.fragment_count - 1];
      std::fprintf(stderr, "line \"%s\" of %.2f px in %.2f px (%zu characters) in \"%s\"\n",
                   s.substr(first.begin, last.end - first.begin).c_str(), line.width, width, visible, s.c_str());
      fuzz::require(false, "a line of several characters is wider than the column");
    }
  }
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    const char32_t cp = utf8::next(s, i);
    if (cp == ' ' || cp == '\t' || cp == '\n') continue;
    fuzz::require(covered[at] != 0, "line breaking lost a character");
  }
}

// Each paragraph's text broken at a width from the state, and at a tenth of it.
void check_paragraphs(const Post& post, const view::ViewFonts& fonts, float body, float width) {
  int checked = 0;
  for (uint32_t i = 0; i < post.nodes.size() && checked < 64; ++i) {
    const NodeKind kind = post.nodes[i].kind;
    if (kind != NodeKind::Paragraph && kind != NodeKind::Heading && kind != NodeKind::CodeBlock) continue;
    view::StyledText text;
    if (kind == NodeKind::CodeBlock) {  // as layout_blocks.cpp's code_block() has it
      std::string code;
      for (uint32_t c = i + 1; c < post.nodes[i].end; c = post.nodes[c].end) code.append(post.str(post.nodes[c].text));
      while (!code.empty() && code.back() == '\n') code.pop_back();
      view::append_run(text, code, 0);
    } else {
      std::vector<std::string> links;
      text = view::glyph_text(view::collect_inline(post, i + 1, post.nodes[i].end, links), fonts);
    }
    const view::Spaces spaces = kind == NodeKind::CodeBlock ? view::Spaces::Keep : view::Spaces::Collapse;
    check_line_breaking(text, fonts, body, width, spaces);
    check_line_breaking(text, fonts, body, std::round(width * 0.1f), spaces);
    ++checked;
  }
}

// Glyphs by their top-left corner rounded to the pixel: "is there one within
// two pixels of here" in constant time (zalgo text stacks thousands on one spot).
class GlyphGrid {
 public:
  explicit GlyphGrid(const std::vector<Glyph>& glyphs, float dy = 0.0f) {
    for (const Glyph& g : glyphs) cells_.insert(key(std::lround(g.x0), std::lround(g.y0 + dy)));
  }
  bool near(float x, float y) const {
    const long cx = std::lround(x), cy = std::lround(y);
    for (long i = cx - 2; i <= cx + 2; ++i) {
      for (long j = cy - 2; j <= cy + 2; ++j) {
        if (cells_.count(key(i, j))) return true;
      }
    }
    return false;
  }

 private:
  static uint64_t key(long x, long y) { return uint64_t(uint32_t(int32_t(x))) << 32 | uint32_t(int32_t(y)); }
  std::unordered_set<uint64_t> cells_;
};

// The scrolled frame draws what the whole-post frame draws, moved up by the
// scroll: nothing it draws is elsewhere, nothing well inside it is missing.
void check_scrolled(const std::vector<Glyph>& whole, const std::vector<Glyph>& scrolled, float scroll,
                    float viewport_height, float margin) {
  const GlyphGrid whole_grid(whole, -scroll);
  for (const Glyph& g : scrolled) {
    fuzz::require(whole_grid.near(g.x0, g.y0), "the scrolled frame draws a glyph the whole post does not have there");
  }
  const GlyphGrid shown(scrolled);
  for (const Glyph& g : whole) {
    const float y0 = g.y0 - scroll, y1 = g.y1 - scroll;
    if (y0 < margin || y1 > viewport_height - margin) continue;
    fuzz::require(shown.near(g.x0, y0), "the scrolled frame leaves out a glyph inside the viewport");
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  the_view();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < kKnobBytes) return -1;  // not kept in the corpus
  const Knobs knobs = read_knobs(data);
  const Post post = parse_post(fuzz::as_text(data + kKnobBytes, size - kKnobBytes));
  native::HeadlessView& view = the_view();

  std::vector<uint8_t> open;
  for (size_t i = 0; i < count_of(post, NodeKind::QaItem); ++i) open.push_back((knobs.open >> (i % 32)) & 1);
  view::ViewState state = native::state_for(post, knobs.width, knobs.font_scale, open);
  state.theme = knobs.theme;
  state.device_pixel_ratio = knobs.device_pixel_ratio;
  state.viewport_height = knobs.viewport_height;
  if (knobs.animate) {  // answers opening and closing: caught a few frames in
    state.reduce_motion = false;
    for (size_t i = 0; i < state.qa_reveal.size(); ++i) state.qa_reveal[i] = state.qa_open[i] ? 0.0f : 1.0f;
  }
  view.use_post(post);

  // A first frame lays the post out; keys move the focus, open and close questions.
  view.frame(post, state);
  check_layout(post, view.cache().layout, state, !knobs.animate);
  for (int i = 0; i < knobs.key_count; ++i) {
    view::Activation activation;
    view::handle_key(view.cache().layout, state, knobs.keys[i], &activation);
    fuzz::require(state.focus >= -1 && state.focus < int(view.cache().layout.focus_order.size()),
                  "the focus left the focus order");
    fuzz::require(state.qa_open.size() == open.size(), "a key changed the number of questions");
    const view::Extent extent = view::focus_extent(view.cache().layout, state);
    fuzz::require(extent.top <= extent.bottom && extent.bottom <= view.cache().layout.height + 0.5f,
                  "the focused region is outside the post");
  }

  // The post whole (a viewport as tall as the post: nothing culled), then a
  // viewport of the state's height scrolled into it, in another theme.
  view.frame(post, state);
  const bool settled = !knobs.animate ||
                       std::equal(state.qa_open.begin(), state.qa_open.end(), state.qa_reveal.begin(),
                                  [](uint8_t o, float r) { return r == (o ? 1.0f : 0.0f); });
  check_layout(post, view.cache().layout, state, settled);
  const float height = view.cache().layout.height;
  view::ViewState whole_state = state;
  whole_state.viewport_height = std::max(height, 1.0f);
  const uint32_t layouts = view.cache().relayouts;
  const std::vector<Glyph> whole = glyphs_in(view.frame(post, whole_state));
  const bool same_layout = view.cache().relayouts == layouts;
  fuzz::require(!settled || same_layout, "a taller viewport laid the post out again");

  view::ViewState scrolled_state = whole_state;
  scrolled_state.viewport_height = knobs.viewport_height;
  scrolled_state.scroll_y = std::round(knobs.scroll * std::max(0.0f, height - knobs.viewport_height));
  scrolled_state.theme = static_cast<view::Theme>((int(knobs.theme) + 1) % 3);
  const uint32_t layouts_before_scroll = view.cache().relayouts;
  const std::vector<Glyph> scrolled = glyphs_in(view.frame(post, scrolled_state));
  if (settled && same_layout) {
    fuzz::require(view.cache().relayouts == layouts_before_scroll, "scrolling or a theme laid the post out again");
    float largest = 0.0f;
    for (const view::DrawItem& item : view.cache().layout.items) largest = std::max(largest, item.size);
    check_scrolled(whole, scrolled, scrolled_state.scroll_y, knobs.viewport_height, 2.0f * largest + 8.0f);
  }

  // Line breaking on its own, in a frame (it measures with the baked glyphs).
  view.begin_frame(state);
  check_paragraphs(post, view.fonts(), view.cache().layout.metrics.body, view.cache().layout.metrics.column);
  view.end_frame();
  return 0;
}

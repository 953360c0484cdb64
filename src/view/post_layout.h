// The laid-out post: every rectangle, rule and piece of text with its position
// in post coordinates (CSS pixels, y = 0 at the top of the post), plus the
// regions that react to the pointer and the keyboard. Recomputed only when an
// input changes (width, font scale, open questions, fonts, post); drawing a
// frame visits only the items near the viewport (found through YIndex, not by
// walking the post). The DOM text layer is built from the same items.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/post_model.h"
#include "post_images.h"
#include "theme.h"
#include "view_fonts.h"
#include "view_state.h"

namespace clinic::view {

enum class ItemKind : uint8_t {
  Text,         // text[begin, end) in font `bold`, size `size`; (x, y) the top-left of its line box
  Rect,         // filled, corner radius `size`
  RectOutline,  // stroked, corner radius `size`
  Line,         // from (x, y) to (x + w, y + h), thickness `size`
  Circle,       // centre (x + w/2, y + h/2), radius w/2
  Chevron,      // an open/closed marker in the box; `open` says which
  Image,        // the texture of image `image` (post_images.h) stretched over the box
};

namespace item_flags {
inline constexpr uint8_t kBold = 1 << 0;
inline constexpr uint8_t kItalic = 1 << 1;     // drawn with a synthetic slant (no italic face)
inline constexpr uint8_t kStrike = 1 << 2;
inline constexpr uint8_t kUnderline = 1 << 3;  // always underlined
inline constexpr uint8_t kOpen = 1 << 4;       // Chevron: open
}  // namespace item_flags

struct DrawItem {
  ItemKind kind = ItemKind::Text;
  ColorRole color = ColorRole::Text;
  uint8_t flags = 0;
  int32_t hit = -1;  // the HitRegion this item belongs to: hover restyles it
  float x = 0, y = 0, w = 0, h = 0;
  float size = 0;    // font size, corner radius or line thickness
  uint32_t text_begin = 0, text_end = 0;  // into PostLayout::text
  float clip_y = 3.0e38f;  // nothing below this is drawn (an answer opening or closing)
  uint32_t image = 0;      // Image: the image id
};

enum class HitKind : uint8_t { QaRow, Link, ExpandAll, CollapseAll };

struct HitRegion {
  HitKind kind = HitKind::QaRow;
  int32_t index = 0;  // question index or link index
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool focusable() const { return kind != HitKind::Link; }
  bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
};

// The vertical extent an item is drawn in: it is drawn when this meets the
// band a frame shows (glyphs may overhang by a few pixels; the band has a margin).
inline float item_top(const DrawItem& item) { return item.y; }
inline float item_bottom(const DrawItem& item) { return item.y + (item.h > 0.0f ? item.h : 0.0f); }

// Boxes in drawing order, indexed by y. They come nearly in y order (a
// background before its text, cards side by side), so the running largest
// bottom and the smallest top of the rest are both sorted, and a binary search
// in each bounds the boxes that can meet a band: a frame of a 1 MB post visits
// what its viewport shows, not the whole post.
struct YIndex {
  struct Range {
    size_t begin = 0, end = 0;  // every box meeting the band is in [begin, end); others may be too
  };
  std::vector<float> bottom_max;  // [i]: the largest bottom of boxes 0..i
  std::vector<float> top_min;     // [i]: the smallest top of boxes i..n-1

  void build(const std::vector<DrawItem>& items);
  void build(const std::vector<HitRegion>& hits);
  size_t size() const { return top_min.size(); }
  // Boxes with top <= y1 and bottom >= y0 (bottom > y0 for hit regions is then tested by the caller).
  Range range(float y0, float y1) const;
};

// The sizes everything is derived from: the font scale and the width decide them.
struct Metrics {
  float body = 17.0f;        // body text size, CSS px
  float line = 1.75f;        // body line height, in ems
  float column = 680.0f;     // reading column width
  float left = 0.0f;         // column's left edge
  float gap = 0.0f;          // space between blocks
  float side_margin = 20.0f;
};

// Where an image block is (post coordinates) and what it shows there.
struct ImageBox {
  uint32_t id = 0;  // the Image node
  ImageStatus status = ImageStatus::Failed;  // Failed also when the platform has no images (native renders)
  float x = 0, y = 0, w = 0, h = 0;
};

struct PostLayout {
  std::vector<DrawItem> items;   // in drawing order (backgrounds before their text)
  std::vector<HitRegion> hits;   // links, Q&A rows, controls
  std::vector<int32_t> focus_order;  // hit indices reachable with Tab
  std::vector<std::string> links;    // link targets, by link index
  std::vector<ImageBox> images;      // image blocks, in post order
  std::string text;                  // every text item's bytes
  Metrics metrics;
  float height = 0.0f;               // the whole post, margins included
  YIndex item_index, hit_index;      // made by layout_post, for the two lookups below

  // Items that may meet [y0, y1] (post coordinates), in drawing order: a range
  // to test item by item. The whole list when the index does not match it.
  YIndex::Range items_near(float y0, float y1) const;
  // The topmost (last) hit region holding the point, or -1.
  int hit_at(float x, float y) const;
};

// Lays out `post` for the state's width, font scale and open questions.
// Must run inside an ImGui frame (it measures text).
// `images` (may be null: every image shows its alt text) says which images
// are loaded and how big they are.
PostLayout layout_post(const Post& post, const ViewState& state, const ViewFonts& fonts,
                       const ImageTable* images = nullptr);

// The last layout and what it was made from: reused while nothing changed.
// Call invalidate() when the post changes; everything else is compared.
struct LayoutCache {
  PostLayout layout;
  bool valid = false;
  float width = -1.0f, font_scale = -1.0f;
  std::vector<uint8_t> qa_open;
  std::vector<float> qa_reveal;
  const ImFont* regular = nullptr;
  const ImFont* bold = nullptr;
  unsigned font_generation = 0;
  const ImageTable* images = nullptr;
  uint32_t images_version = 0;
  uint32_t relayouts = 0;  // how many layouts were made (tests assert reuse)

  void invalidate() { valid = false; }
  const PostLayout& get(const Post& post, const ViewState& state, const ViewFonts& fonts,
                        const ImageTable* images = nullptr);
};

}  // namespace clinic::view

// The offscreen renderer's PNGs, judged by properties the layout predicts
// rather than against a stored image: the size is the post's at the scale, the
// margins are the theme's background, text rows have ink where the layout puts
// lines and rows it leaves empty have none, an opened answer pushes the rest of
// the post down by exactly its height, and the dark theme is dark. The images
// are also written to build/screenshots/native-*.png for people to look at.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <memory>

#include "platform/native/offscreen_renderer.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using native::Image;
using native::RenderDesc;
using native::RenderedPost;

native::OffscreenRenderer& renderer() {
  static std::unique_ptr<native::OffscreenRenderer> r = [] {
    std::string error;
    auto created = native::OffscreenRenderer::create(error);
    if (created && !created->load_fonts(CLINIC_READER_FONT_DIR, error)) created.reset();
    if (!created) ADD_FAILURE() << error;
    return created;
  }();
  if (!r) throw std::runtime_error("no offscreen renderer");
  return *r;
}

RenderedPost render(const Post& post, const RenderDesc& desc) {
  RenderedPost out;
  std::string error;
  EXPECT_TRUE(renderer().render(post, desc, out, error)) << error;
  return out;
}

RenderDesc desc_at(float width, float scale, view::Theme theme = view::Theme::Light, std::vector<uint8_t> open = {}) {
  RenderDesc d;
  d.width = width;
  d.scale = scale;
  d.theme = theme;
  d.qa_open = std::move(open);
  return d;
}

struct Rgb {
  int r = 0, g = 0, b = 0;
  bool operator==(const Rgb&) const = default;
};
Rgb at(const Image& image, int x, int y) {
  const uint8_t* p = image.pixel(x, y);
  return {p[0], p[1], p[2]};
}
Rgb background_of(view::Theme theme) {
  const uint32_t c = view::palette_for(theme)[view::ColorRole::Background];  // ImU32: ABGR
  return {int(c & 0xFF), int((c >> 8) & 0xFF), int((c >> 16) & 0xFF)};
}
float luminance(Rgb c) { return (0.2126f * float(c.r) + 0.7152f * float(c.g) + 0.0722f * float(c.b)) / 255.0f; }
std::ostream& operator<<(std::ostream& os, Rgb c) { return os << "rgb(" << c.r << "," << c.g << "," << c.b << ")"; }

// Two draws of the same picture through different projections (another
// viewport height, another tile) put edges at positions that differ in the last
// bits of llvmpipe's subpixel grid: anti-aliased pixels may differ by one level.
// Measured: never more than 1; a misplaced row or glyph differs by far more.
constexpr int kRasterTolerance = 2;

bool rows_match(const Image& a, int ya, const Image& b, int yb) {
  const uint8_t* p = a.pixel(0, ya);
  const uint8_t* q = b.pixel(0, yb);
  for (size_t i = 0; i < 3 * size_t(a.width); ++i) {
    if (std::abs(int(p[i]) - int(q[i])) > kRasterTolerance) return false;
  }
  return true;
}

// Visible characters of a text item (at least one pixel of ink each).
size_t view_glyphs(const view::PostLayout& layout, const view::DrawItem& item) {
  const std::string text = view_test::item_text(layout, item);
  size_t n = 0;
  for (unsigned char c : text) n += c > ' ' && (c & 0xC0) != 0x80;
  return n;
}

class RenderSnapshot : public testing::TestWithParam<const char*> {
 protected:
  Post post = view_test::sample_post(GetParam());
};

TEST_P(RenderSnapshot, TheImageIsTheWholePostAtTheScale) {
  for (float scale : {1.0f, 2.0f}) {
    const RenderedPost r = render(post, desc_at(800, scale));
    EXPECT_EQ(r.content_height, r.layout.height);
    EXPECT_GT(r.layout.height, 2000.0f);
    EXPECT_EQ(r.image.width, int(800 * scale));
    EXPECT_EQ(r.image.height, int(std::ceil(r.layout.height * scale))) << "scale " << scale;
  }
}

TEST_P(RenderSnapshot, TheMarginsAreTheThemesBackground) {
  for (view::Theme theme : {view::Theme::Light, view::Theme::Dark, view::Theme::Sepia}) {
    const RenderedPost r = render(post, desc_at(800, 1, theme));
    const Rgb bg = background_of(theme);
    const int left = int(r.layout.metrics.left) - 2, right = int(r.layout.metrics.left + r.layout.metrics.column) + 2;
    ASSERT_GT(left, 10);
    int off = 0;
    for (int y = 0; y < r.image.height; ++y) {
      for (int x = 0; x < left; ++x) off += !(at(r.image, x, y) == bg);
      for (int x = right; x < r.image.width; ++x) off += !(at(r.image, x, y) == bg);
    }
    EXPECT_EQ(off, 0) << view::theme_name(theme) << ": margin pixels that are not " << bg;
  }
}

// Rows of post coordinates the layout draws something on (with room for
// glyphs' ascenders and descenders and anti-aliased edges).
std::vector<bool> rows_in_use(const view::PostLayout& layout, int height) {
  std::vector<bool> used(size_t(height), false);
  for (const view::DrawItem& item : layout.items) {
    const float pad = item.kind == view::ItemKind::Text ? std::ceil(item.size * 0.35f) : 2.0f;
    const float extent = item.kind == view::ItemKind::Line ? std::abs(item.h) + item.size : std::max(item.h, item.size);
    const float top = std::min(item.y, item.y + (item.kind == view::ItemKind::Line ? item.h : 0.0f));
    for (int y = std::max(0, int(std::floor(top - pad))); y < std::min(height, int(std::ceil(top + extent + pad))); ++y) {
      used[size_t(y)] = true;
    }
  }
  return used;
}

bool is_visible_text(const view::PostLayout& layout, const view::DrawItem& item) {
  return item.kind == view::ItemKind::Text && view_test::item_text(layout, item).find_first_not_of(' ') != std::string::npos;
}

// Pixels in the item's box that contrast with the page's background.
int ink_in(const Image& image, const view::DrawItem& item, Rgb bg) {
  const float bg_lum = luminance(bg);
  int ink = 0;
  for (int y = int(item.y); y < int(item.y + item.h) && y < image.height; ++y) {
    for (int x = int(item.x); x < int(item.x + item.w) && x < image.width; ++x) {
      ink += std::abs(luminance(at(image, x, y)) - bg_lum) > 0.3f;
    }
  }
  return ink;
}

TEST_P(RenderSnapshot, InkWhereTheLayoutPutsLinesAndNowhereElse) {
  for (view::Theme theme : {view::Theme::Light, view::Theme::Dark}) {
    SCOPED_TRACE(view::theme_name(theme));
    const RenderedPost r = render(post, desc_at(800, 1, theme, {0, 1, 0, 0, 0}));
    const Rgb bg = background_of(theme);
    // Every text item's box holds glyph pixels that contrast with the page.
    int lines = 0;
    for (const view::DrawItem& item : r.layout.items) {
      if (!is_visible_text(r.layout, item)) continue;
      EXPECT_GE(ink_in(r.image, item, bg), int(view_glyphs(r.layout, item)))
          << "no ink at (" << item.x << ", " << item.y << "): " << view_test::item_text(r.layout, item);
      ++lines;
    }
    EXPECT_GT(lines, 60);
    // Every row the layout leaves empty is the background from edge to edge.
    const std::vector<bool> used = rows_in_use(r.layout, r.image.height);
    int empty_rows = 0, stray = 0;
    for (int y = 0; y < r.image.height; ++y) {
      if (used[size_t(y)]) continue;
      ++empty_rows;
      for (int x = 0; x < r.image.width; ++x) stray += !(at(r.image, x, y) == bg);
    }
    EXPECT_GT(empty_rows, r.image.height / 5);
    EXPECT_EQ(stray, 0) << "pixels drawn on rows the layout leaves empty";
  }
}

TEST_P(RenderSnapshot, OpeningQuestionTwoInsertsItsAnswerAndMovesTheRestDown) {
  for (float scale : {1.0f, 2.0f}) {
    SCOPED_TRACE("scale " + std::to_string(scale));
    const RenderedPost closed = render(post, desc_at(800, scale));
    const RenderedPost open = render(post, desc_at(800, scale, view::Theme::Light, {0, 1}));
    const view::HitRegion* row = view_test::question_row(open.layout, 1);
    ASSERT_NE(row, nullptr);
    const float answer = open.layout.height - closed.layout.height;
    ASSERT_GT(answer, 40.0f);
    const int shift = int(std::lround(answer * scale));
    EXPECT_EQ(open.image.height - closed.image.height, shift);
    // Above the second question's row nothing changed; below it, everything
    // is the same picture moved down by the answer's height.
    const int row_top = int(row->y0 * scale), row_bottom = int(std::ceil(row->y1 * scale));
    int changed_above = 0, changed_below = 0;
    for (int y = 0; y < row_top; ++y) changed_above += !rows_match(closed.image, y, open.image, y);
    for (int y = row_bottom; y < closed.image.height; ++y) changed_below += !rows_match(closed.image, y, open.image, y + shift);
    EXPECT_EQ(changed_above, 0);
    EXPECT_EQ(changed_below, 0);
    // And the inserted rows hold the answer.
    int ink_rows = 0;
    const Rgb bg = background_of(view::Theme::Light);
    for (int y = row_bottom; y < row_bottom + shift; ++y) {
      bool ink = false;
      for (int x = 0; x < open.image.width && !ink; ++x) ink = luminance(at(open.image, x, y)) < luminance(bg) - 0.4f;
      ink_rows += ink;
    }
    EXPECT_GT(ink_rows, shift / 4);
  }
}

TEST_P(RenderSnapshot, TheDarkThemeFlipsTheBackgroundLuminance) {
  const auto mean_luminance = [](const Image& image) {
    double sum = 0;
    for (size_t i = 0; i < image.rgb.size(); i += 3) {
      sum += luminance({image.rgb[i], image.rgb[i + 1], image.rgb[i + 2]});
    }
    return sum / double(image.rgb.size() / 3);
  };
  const RenderedPost light = render(post, desc_at(800, 1, view::Theme::Light));
  const RenderedPost dark = render(post, desc_at(800, 1, view::Theme::Dark));
  EXPECT_GT(luminance(at(light.image, 2, 2)), 0.9f);
  EXPECT_LT(luminance(at(dark.image, 2, 2)), 0.1f);
  EXPECT_GT(mean_luminance(light.image), 0.85);
  EXPECT_LT(mean_luminance(dark.image), 0.2);
  EXPECT_EQ(light.image.height, dark.image.height) << "a theme changes colours, not the layout";
}

TEST_P(RenderSnapshot, TilesJoinWithoutSeams) {
  for (float scale : {1.0f, 1.5f, 2.0f}) {
    SCOPED_TRACE("scale " + std::to_string(scale));
    RenderDesc whole = desc_at(800, scale, view::Theme::Light, {1, 1, 1, 1, 1});
    whole.max_tile_rows = 16384;
    RenderDesc tiled = whole;
    tiled.max_tile_rows = 613;
    const RenderedPost a = render(post, whole), b = render(post, tiled);
    EXPECT_GT(b.tiles, a.tiles);
    ASSERT_EQ(a.image.height, b.image.height);
    int differing = 0;
    for (int y = 0; y < a.image.height; ++y) differing += !rows_match(a.image, y, b.image, y);
    EXPECT_EQ(differing, 0);
  }
}

TEST_P(RenderSnapshot, TheSameInputsDrawTheSamePixels) {
  const RenderDesc desc = desc_at(800, 2, view::Theme::Sepia, {1, 0, 1});
  EXPECT_EQ(render(post, desc).image.rgb, render(post, desc).image.rgb);
}

TEST_P(RenderSnapshot, WritesScreenshotsToLookAt) {
  const std::string dir = CLINIC_READER_SCREENSHOT_DIR;
  std::filesystem::create_directories(dir);
  const std::string lang = GetParam();
  struct Shot {
    const char* name;
    RenderDesc desc;
  };
  const Shot shots[] = {
      {"light", desc_at(800, 1, view::Theme::Light)},
      {"dark-qa-open", desc_at(800, 1, view::Theme::Dark, {1, 1, 1, 1, 1})},
      {"light-scale2", desc_at(800, 2, view::Theme::Light)},
      {"phone-light-qa-open", desc_at(390, 3, view::Theme::Light, {1, 1, 1, 1, 1})},
  };
  for (const Shot& shot : shots) {
    const RenderedPost r = render(post, shot.desc);
    std::string error;
    const std::string path = dir + "/native-" + lang + "-" + shot.name + ".png";
    EXPECT_TRUE(native::write_png(path, r.image, error)) << error;
    native::Image back;
    ASSERT_TRUE(native::read_png(path, back, error)) << error;
    EXPECT_EQ(back.rgb, r.image.rgb) << path;
  }
}

INSTANTIATE_TEST_SUITE_P(SamplePosts, RenderSnapshot, testing::Values("en", "ko"));

// A whole long post is one draw list of more vertices than 16-bit indices
// reach; the renderer draws it in pieces (ImDrawCmd::VtxOffset). Before that,
// everything past the first 65,536 vertices was missing from the image.
TEST(RenderLongPost, TextPastSixteenBitIndicesIsDrawn) {
  const std::string sample = view_test::read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia.en.md");
  std::string markdown = sample;
  for (int i = 0; i < 7; ++i) markdown += "\n\n## " + std::to_string(i + 2) + "\n\n" + sample.substr(sample.find("\n---\n", 4) + 5);
  const Post post = parse_post(markdown);
  const RenderedPost r = render(post, desc_at(800, 1));
  size_t glyphs = 0;
  for (const view::DrawItem& item : r.layout.items) glyphs += view_glyphs(r.layout, item);
  ASSERT_GT(glyphs * 4, size_t(3) << 15) << "the post must need half as many vertices again as 16-bit indices reach";
  int checked = 0;
  for (auto it = r.layout.items.rbegin(); it != r.layout.items.rend() && checked < 40; ++it) {
    if (!is_visible_text(r.layout, *it)) continue;
    EXPECT_GE(ink_in(r.image, *it, background_of(view::Theme::Light)), int(view_glyphs(r.layout, *it)))
        << "no ink at (" << it->x << ", " << it->y << "): " << view_test::item_text(r.layout, *it);
    ++checked;
  }
  EXPECT_EQ(checked, 40);
}

}  // namespace
}  // namespace clinic

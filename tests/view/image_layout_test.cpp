// Image blocks: alt text in a placeholder until the platform has the image (or
// forever, natively); then the image scaled to the column, never upscaled, the
// layout below it moved by the height it took.
#include <gtest/gtest.h>

#include <algorithm>

#include "view/post_images.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::HeadlessView;

const char* const kPost =
    "# Images\n\nBefore.\n\n![Alt of the photo](photo.png)\n\nAfter the photo.\n";

class ImageLayout : public testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(view.ready()) << view.error();
    post = parse_post(kPost);
    state = view_test::state_for(post, 800.0f);
    view.draw(post, state);  // loads the glyphs this post needs
  }
  view::PostLayout layout(const view::ImageTable* images) {
    view.begin_frame(state);
    view::PostLayout out = view::layout_post(post, state, view.fonts(), images);
    view.end_frame();
    return out;
  }
  static float text_top(const view::PostLayout& l, std::string_view text) {
    for (const view::DrawItem& item : l.items) {
      if (item.kind == view::ItemKind::Text && std::string_view(l.text).substr(item.text_begin, item.text_end - item.text_begin) == text) return item.y;
    }
    return -1.0f;
  }
  HeadlessView view;
  Post post;
  view::ViewState state;
};

TEST_F(ImageLayout, WithoutAPlatformAnImageShowsItsAltTextInABox) {
  const view::PostLayout l = layout(nullptr);
  ASSERT_EQ(l.images.size(), 1u);
  const view::ImageBox& box = l.images[0];
  EXPECT_EQ(box.status, view::ImageStatus::Failed);
  EXPECT_EQ(box.w, l.metrics.column);
  const float alt = text_top(l, "Alt of the photo");
  EXPECT_GT(alt, box.y);
  EXPECT_LT(alt, box.y + box.h);
  EXPECT_TRUE(std::none_of(l.items.begin(), l.items.end(), [](const view::DrawItem& i) { return i.kind == view::ItemKind::Image; }));
}

TEST_F(ImageLayout, ALoadedImageTakesTheColumnWidthAndItsAspectAndTheRestMovesDown) {
  view::ImageTable table;
  table.reset_for(post);
  ASSERT_EQ(table.entries.size(), 1u);
  const view::PostLayout loading = layout(&table);
  EXPECT_EQ(loading.images[0].status, view::ImageStatus::Loading);
  EXPECT_GE(loading.images[0].h, loading.metrics.body * 7.0f);  // room while it comes

  table.set_ready(table.entries[0].id, 7, 2000.0f, 1000.0f);
  const view::PostLayout ready = layout(&table);
  const view::ImageBox& box = ready.images[0];
  EXPECT_EQ(box.status, view::ImageStatus::Ready);
  EXPECT_EQ(box.w, ready.metrics.column);
  EXPECT_NEAR(box.h, box.w / 2.0f, 1.0f);
  EXPECT_LT(text_top(ready, "Alt of the photo"), 0.0f) << "a drawn image's alt text is not laid out";
  EXPECT_NEAR(text_top(ready, "After the photo.") - text_top(loading, "After the photo."), box.h - loading.images[0].h, 0.5f);
}

TEST_F(ImageLayout, ASmallImageIsNeverUpscaled) {
  view::ImageTable table;
  table.reset_for(post);
  table.set_ready(table.entries[0].id, 7, 120.0f, 80.0f);
  const view::ImageBox box = layout(&table).images[0];
  EXPECT_EQ(box.w, 120.0f);
  EXPECT_EQ(box.h, 80.0f);
}

TEST_F(ImageLayout, AFailedImageKeepsASnugAltTextBox) {
  view::ImageTable table;
  table.reset_for(post);
  const float loading = layout(&table).images[0].h;
  table.set_failed(table.entries[0].id);
  const view::ImageBox box = layout(&table).images[0];
  EXPECT_EQ(box.status, view::ImageStatus::Failed);
  EXPECT_LT(box.h, loading);
}

// A link inside alt text was laid out as a link whose index pointed into a
// list of its own, not the layout's: hovering it named (and clicking opened)
// another link of the post, or none (found by tests/fuzz/view_layout_fuzzer).
// Alt text is text, as in HTML.
TEST_F(ImageLayout, ALinkInsideAltTextIsText) {
  post = parse_post("# Images\n\n![see [the docs](https://a.example/) here](photo.png)\n\n[real](https://b.example/)\n");
  view.draw(post, state);
  const view::PostLayout l = layout(nullptr);
  ASSERT_EQ(l.images.size(), 1u);
  EXPECT_EQ(l.links, std::vector<std::string>{"https://b.example/"});
  for (const view::HitRegion& hit : l.hits) {
    ASSERT_EQ(hit.kind, view::HitKind::Link);
    EXPECT_LT(size_t(hit.index), l.links.size());
    EXPECT_GE(hit.y0, l.images[0].y + l.images[0].h);  // only the link below the image
  }
  EXPECT_EQ(l.hits.size(), 1u);
}

}  // namespace
}  // namespace clinic

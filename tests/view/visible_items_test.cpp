// A frame visits only what its viewport shows: the layout's y index
// (PostLayout::items_near, hit_at) must find every item and hit region a
// walk of the whole post finds, and a frame deep in a long post must draw
// exactly the glyphs of the items in view. Also the long post's Q&A rows keep
// their ordinals (counted once per layout, no longer per item).
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::HeadlessView;

// The sample post's body repeated, each copy under its own heading (as
// bench/corpora.cpp makes the 1 MB post): every copy has its own Q&A section.
Post long_post(int copies) {
  const std::string seed = view_test::read_file(std::string(CLINIC_READER_SOURCE_DIR) + "/assets/posts/milia.en.md");
  const size_t body = seed.find("\n---\n", 4) + 5;
  std::string text = seed.substr(0, body);
  for (int copy = 1; copy <= copies; ++copy) {
    text += "## Part " + std::to_string(copy) + "\n\n";
    text.append(seed, body, std::string::npos);
    text += "\n\n";
  }
  return parse_post(text);
}

bool meets(const view::DrawItem& item, float top, float bottom) {
  return !(view::item_bottom(item) < top || view::item_top(item) > bottom);
}

int hit_by_walking(const view::PostLayout& layout, float x, float y) {
  for (int i = int(layout.hits.size()) - 1; i >= 0; --i) {
    if (layout.hits[size_t(i)].contains(x, y)) return i;
  }
  return -1;
}

struct Case {
  std::string name;
  Post post;
  float width;
  std::vector<uint8_t> open;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  for (const char* lang : {"en", "ko"}) {
    for (float width : {390.0f, 800.0f, 1280.0f}) {
      out.push_back({std::string(lang) + " closed", view_test::sample_post(lang), width, {}});
      out.push_back({std::string(lang) + " open", view_test::sample_post(lang), width, std::vector<uint8_t>(5, 1)});
    }
  }
  // Some answers open, some closed, through a long post.
  std::vector<uint8_t> some(200, 0);
  for (size_t i = 0; i < some.size(); i += 3) some[i] = 1;
  out.push_back({"long, some open", long_post(12), 800.0f, some});
  out.push_back({"long, closed", long_post(12), 390.0f, {}});
  return out;
}

class VisibleItems : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }
  // The layout a frame of a 900 px viewport makes (a long post drawn whole
  // would pass ImGui's 64K vertices a draw list).
  view::PostLayout layout_of(const Post& post, float width, std::vector<uint8_t> open = {}) {
    view::ViewState state = view_test::state_for(post, width, 1.0f, std::move(open));
    state.viewport_height = 900.0f;
    view.use_post(post);
    view.frame(post, state);
    return view.cache().layout;
  }
  HeadlessView view;
};

TEST_F(VisibleItems, TheIndexHoldsEveryItemABandMeets) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.name + " at " + std::to_string(int(c.width)) + " px");
    const view::PostLayout layout = layout_of(c.post, c.width, c.open);
    ASSERT_EQ(layout.item_index.size(), layout.items.size());
    for (float top = -100.0f; top < layout.height + 100.0f; top += 37.0f) {
      const float bottom = top + 916.0f;
      const view::YIndex::Range near = layout.items_near(top, bottom);
      size_t meeting = 0;
      for (size_t i = 0; i < layout.items.size(); ++i) {
        if (!meets(layout.items[i], top, bottom)) continue;
        ++meeting;
        ASSERT_TRUE(i >= near.begin && i < near.end) << "item " << i << " at y " << layout.items[i].y
                                                      << " outside [" << near.begin << ", " << near.end << ") for band "
                                                      << top;
      }
      // And the range is about the band, not the post: what a frame visits.
      EXPECT_LE(near.end - near.begin, meeting + meeting / 2 + 16) << "band at " << top;
    }
  }
}

TEST_F(VisibleItems, HitAtFindsWhatAWalkOfEveryRegionFinds) {
  for (const Case& c : cases()) {
    SCOPED_TRACE(c.name + " at " + std::to_string(int(c.width)) + " px");
    const view::PostLayout layout = layout_of(c.post, c.width, c.open);
    ASSERT_GT(layout.hits.size(), 5u);
    size_t found = 0;
    for (float y = -10.0f; y < layout.height + 10.0f; y += 7.0f) {
      for (float x = -10.0f; x < c.width + 10.0f; x += 13.0f) {
        const int expected = hit_by_walking(layout, x, y);
        ASSERT_EQ(layout.hit_at(x, y), expected) << "at (" << x << ", " << y << ")";
        found += expected >= 0;
      }
    }
    EXPECT_GT(found, 100u);
    // The region edges: y0 is inside, y1 is not.
    for (size_t i = 0; i < layout.hits.size(); ++i) {
      const view::HitRegion& h = layout.hits[i];
      const float x = (h.x0 + h.x1) * 0.5f;
      EXPECT_EQ(layout.hit_at(x, h.y0), hit_by_walking(layout, x, h.y0));
      EXPECT_EQ(layout.hit_at(x, h.y1), hit_by_walking(layout, x, h.y1));
    }
  }
}

TEST_F(VisibleItems, AFrameDeepInALongPostDrawsExactlyTheItemsInView) {
  const Post post = long_post(40);
  view::ViewState state = view_test::state_for(post, 800);
  std::vector<uint8_t> some(state.qa_open.size(), 0);
  for (size_t i = 0; i < some.size(); i += 2) some[i] = 1;
  state = view_test::state_for(post, 800, 1.0f, some);
  view.use_post(post);
  state.viewport_height = 900.0f;
  view.frame(post, state);
  const view::PostLayout layout = view.cache().layout;
  ASSERT_GT(layout.height, 20000.0f);
  for (float where : {0.0f, 0.37f, 0.5f, 0.93f, 1.0f}) {
    state.scroll_y = std::floor((layout.height - state.viewport_height) * where);
    SCOPED_TRACE("scrolled to " + std::to_string(state.scroll_y));
    const ImDrawData* data = view.frame(post, state);
    ASSERT_EQ(view.cache().relayouts, 1u) << "scrolling lays nothing out again";
    const auto glyphs = view_test::glyph_quads(*data);
    // As draw_post chooses them, but from every item of the post.
    const float top = state.scroll_y - 8.0f, bottom = state.scroll_y + state.viewport_height + 8.0f;
    size_t expected = 0;
    for (const view::DrawItem& item : layout.items) {
      if (item.kind == view::ItemKind::Text && meets(item, top, bottom)) expected += view.glyphs_of(layout, item);
    }
    EXPECT_GT(expected, 300u);
    EXPECT_EQ(glyphs.size(), expected);
  }
}

TEST_F(VisibleItems, QaRowsOfALongPostKeepTheirOrdinals) {
  const Post post = long_post(30);
  view::ViewState state = view_test::state_for(post, 800);
  const size_t questions = state.qa_open.size();
  ASSERT_GE(questions, 30u * 5u);
  std::vector<uint8_t> open(questions, 0);
  open[questions - 2] = 1;
  const view::PostLayout opened = layout_of(post, 800, open);
  std::vector<int> rows;
  for (const view::HitRegion& h : opened.hits) {
    if (h.kind == view::HitKind::QaRow) rows.push_back(h.index);
  }
  ASSERT_EQ(rows.size(), questions);
  for (size_t i = 0; i < rows.size(); ++i) ASSERT_EQ(rows[i], int(i));
  // The open answer is the one below the second-to-last row.
  const view::HitRegion* row = view_test::question_row(opened, int(questions - 2));
  const view::HitRegion* next = view_test::question_row(opened, int(questions - 1));
  const view::PostLayout closed = layout_of(post, 800);
  const view::HitRegion* closed_row = view_test::question_row(closed, int(questions - 2));
  const view::HitRegion* closed_next = view_test::question_row(closed, int(questions - 1));
  ASSERT_TRUE(row && next && closed_row && closed_next);
  EXPECT_GT(next->y0 - row->y1, closed_next->y0 - closed_row->y1 + 20.0f);
}

}  // namespace
}  // namespace clinic

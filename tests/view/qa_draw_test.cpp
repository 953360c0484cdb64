// The Q&A accordion in the draw data: a closed answer emits none of its text;
// opening it adds exactly its glyphs, drawn below its row.
#include <gtest/gtest.h>

#include <cmath>

#include "view/view_input.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::GlyphQuad;
using view_test::HeadlessView;

size_t glyphs_between(const std::vector<GlyphQuad>& glyphs, float top, float bottom) {
  size_t n = 0;
  for (const GlyphQuad& g : glyphs) n += g.y0 >= top && g.y1 <= bottom;
  return n;
}

class QaDraw : public testing::TestWithParam<const char*> {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }
  HeadlessView view;
};

TEST_P(QaDraw, TheDrawDataHoldsExactlyTheLayoutsGlyphs) {
  const Post post = view_test::sample_post(GetParam());
  const auto frame = view.draw(post, view_test::state_for(post, 800));
  size_t expected = 0;
  for (const view::DrawItem& item : frame.layout.items) {
    if (item.kind == view::ItemKind::Text) expected += view.glyphs_of(frame.layout, item);
  }
  EXPECT_GT(expected, 1000u);
  EXPECT_EQ(frame.glyphs.size(), expected);
}

TEST_P(QaDraw, AClosedAnswerEmitsNoneOfItsText) {
  const Post post = view_test::sample_post(GetParam());
  const auto closed = view.draw(post, view_test::state_for(post, 800));
  for (int q = 0; q < 5; ++q) {
    SCOPED_TRACE("question " + std::to_string(q + 1));
    std::vector<uint8_t> open(5, 0);
    open[size_t(q)] = 1;
    const auto opened = view.draw(post, view_test::state_for(post, 800, 1.0f, open));
    const view::HitRegion* row = view_test::question_row(opened.layout, q);
    const view::HitRegion* closed_row = view_test::question_row(closed.layout, q);
    ASSERT_TRUE(row && closed_row);
    ASSERT_EQ(row->y1, closed_row->y1) << "nothing above the answer moves";

    // Everything after the row moved down by the answer's height: the answer
    // is what the open layout has in between.
    const float answer_height = opened.layout.height - closed.layout.height;
    ASSERT_GT(answer_height, 20.0f);
    size_t answer_glyphs = 0;
    std::string answer_text;
    for (const view::DrawItem& item : opened.layout.items) {
      if (item.kind != view::ItemKind::Text || item.y < row->y1 || item.y >= row->y1 + answer_height) continue;
      answer_glyphs += view.glyphs_of(opened.layout, item);
      answer_text += view_test::item_text(opened.layout, item);
    }
    ASSERT_GT(answer_glyphs, 20u) << "the open answer draws its text";
    EXPECT_EQ(glyphs_between(opened.glyphs, row->y1, row->y1 + answer_height), answer_glyphs);
    EXPECT_EQ(opened.glyphs.size(), closed.glyphs.size() + answer_glyphs);

    // Closed: not a glyph between the row and what follows it, nor its words in the layout.
    const view::HitRegion* next = view_test::question_row(closed.layout, q + 1);
    const float after = next ? next->y0 : closed_row->y1 + std::round(closed.layout.metrics.body);
    EXPECT_EQ(glyphs_between(closed.glyphs, closed_row->y1, after), 0u);
    EXPECT_EQ(closed.layout.text.find(answer_text.substr(0, 30)), std::string::npos) << answer_text;
    EXPECT_NE(opened.layout.text.find(answer_text.substr(0, 30)), std::string::npos) << answer_text;
  }
}

INSTANTIATE_TEST_SUITE_P(SamplePosts, QaDraw, testing::Values("en", "ko"));

// An answer opening drops its links' regions until it settles, but its link
// items kept their region numbers, which the next question's row then took:
// hovering that row restyled them (found by tests/fuzz/view_layout_fuzzer).
TEST(QaAnimation, AnOpeningAnswersLinksBelongToNoRegion) {
  HeadlessView view;
  ASSERT_TRUE(view.ready()) << view.error();
  const Post post = parse_post(
      "---\ntitle: T\nlang: en\n---\n\n## 💬 Q&A\n\n**Q1. First question?**\nSee [the docs](https://a.example/) "
      "and [more](https://b.example/) for this.\n\n**Q2. Second question?**\nTwo.\n");
  view::ViewState state = view_test::state_for(post, 800.0f, 1.0f, {1, 0});
  ASSERT_EQ(state.qa_open.size(), 2u);
  view.draw(post, state);  // loads the glyphs this post needs
  state.qa_reveal[0] = 0.6f;  // mid-way
  view.begin_frame(state);
  const view::PostLayout layout = view::layout_post(post, state, view.fonts());
  view.end_frame();
  size_t clipped = 0;
  for (const view::DrawItem& item : layout.items) {
    if (item.clip_y > 1.0e38f) continue;
    ++clipped;
    EXPECT_EQ(item.hit, -1) << view_test::item_text(layout, item);
  }
  EXPECT_GT(clipped, 0u);
  ASSERT_NE(view_test::question_row(layout, 1), nullptr);
}

// More than 32,767 hit regions (a link in each of 60 narrow table cells, a
// character a line) overflowed their 16-bit numbers: the focus order held
// negative ones, and Tab to the Q&A controls read outside the regions (found
// by tests/fuzz/view_layout_fuzzer).
TEST(QaFocus, TheControlsStayReachableBeyond32767Regions) {
  HeadlessView view;
  ASSERT_TRUE(view.ready()) << view.error();
  std::string cells, rule;
  for (int c = 0; c < 60; ++c) {
    cells += "|[" + std::string(600, 'a') + "](https://a.example/)";
    rule += "|-";
  }
  const Post post = parse_post("# T\n\nIntro.\n\n" + cells + "|\n" + rule + "|\n" + cells +
                               "|\n\n## FAQ\n\n**Q1. Why?**\nBecause.\n");
  view::ViewState state = view_test::state_for(post, 800.0f);
  ASSERT_EQ(state.qa_open.size(), 1u);
  view.use_post(post);
  view.begin_frame(state);
  const view::PostLayout layout = view::layout_post(post, state, view.fonts());
  view.end_frame();
  ASSERT_GT(layout.hits.size(), 32767u);
  ASSERT_EQ(layout.focus_order.size(), 2u);  // expand all, the question
  for (const auto hit : layout.focus_order) {
    ASSERT_GE(hit, 0);
    ASSERT_LT(size_t(hit), layout.hits.size());
    EXPECT_TRUE(layout.hits[size_t(hit)].focusable());
  }
  EXPECT_EQ(layout.hits[size_t(layout.focus_order[1])].kind, view::HitKind::QaRow);
  for (const view::DrawItem& item : layout.items) ASSERT_LT(item.hit, int64_t(layout.hits.size()));
  EXPECT_TRUE(view::handle_key(layout, state, view::Key::Tab));
  const view::Extent extent = view::focus_extent(layout, state);
  EXPECT_GT(extent.top, 0.0f);
  EXPECT_LE(extent.bottom, layout.height);
}

}  // namespace
}  // namespace clinic

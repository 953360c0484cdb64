// The layout across widths: summary cards per row follow the width, and no
// laid-out line (nor any glyph the draw data holds) leaves the reading column.
#include <gtest/gtest.h>

#include <map>

#include "core/utf8.h"
#include "view/line_breaking.h"
#include "view/styled_text.h"
#include "view_test_support.h"

namespace clinic {
namespace {

using view_test::HeadlessView;

class LayoutWidth : public testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(view.ready()) << view.error(); }
  HeadlessView view;
};

// Cards per row, top to bottom.
std::vector<int> card_rows(const view::PostLayout& layout) {
  std::map<float, int> rows;
  for (const view::DrawItem& item : layout.items) {
    if (item.kind == view::ItemKind::Rect && item.color == view::ColorRole::CardBackground) ++rows[item.y];
  }
  std::vector<int> out;
  for (const auto& [y, n] : rows) out.push_back(n);
  return out;
}

TEST_F(LayoutWidth, SummaryCardsPerRowFollowTheWidth) {
  struct Case {
    float width;
    std::vector<int> rows;  // five cards
  };
  const Case cases[] = {
      {320, {1, 1, 1, 1, 1}}, {390, {1, 1, 1, 1, 1}},  // phones: one column
      {560, {2, 2, 1}},                               // a narrow window: two
      {800, {3, 2}},          {1280, {3, 2}},         // desktop: three (the column stops growing)
  };
  for (const char* lang : {"en", "ko"}) {
    const Post post = view_test::sample_post(lang);
    for (const Case& c : cases) {
      SCOPED_TRACE(std::string(lang) + " at " + std::to_string(int(c.width)) + " px");
      const auto frame = view.draw(post, view_test::state_for(post, c.width));
      EXPECT_EQ(card_rows(frame.layout), c.rows);
      // The cards of a row share their height (equal heights per row).
      std::map<float, float> heights;
      for (const view::DrawItem& item : frame.layout.items) {
        if (item.kind != view::ItemKind::Rect || item.color != view::ColorRole::CardBackground) continue;
        if (heights.count(item.y)) EXPECT_EQ(heights[item.y], item.h);
        heights[item.y] = item.h;
      }
    }
  }
}

// Every text item inside [left, left + column]; every glyph quad too, give or
// take a glyph's overhang past its advance (and a synthetic italic's slant).
void expect_inside_column(const HeadlessView::Frame& frame) {
  const view::Metrics& m = frame.layout.metrics;
  const float left = m.left, right = m.left + m.column;
  size_t texts = 0;
  for (const view::DrawItem& item : frame.layout.items) {
    if (item.kind != view::ItemKind::Text) continue;
    ++texts;
    EXPECT_GE(item.x, left - 0.01f) << view_test::item_text(frame.layout, item);
    EXPECT_LE(item.x + item.w, right + 0.01f) << view_test::item_text(frame.layout, item);
  }
  EXPECT_GT(texts, 10u);
  const float overhang = 0.35f * m.body;  // Noto Sans CJK: glyphs of a full em
  for (const view_test::GlyphQuad& g : frame.glyphs) {
    EXPECT_GE(g.x0, left - overhang);
    EXPECT_LE(g.x1, right + overhang);
  }
}

// Long words, code, tables, quotes and nested lists: everything that wraps.
constexpr const char* kWrappingPost = R"(---
title: Wrapping at every width
lang: en
---

Averylongwordwithoutanyspacesthatcannotbreakanywhereandmustbecutsomewherebecauseitislongerthanthecolumn
and https://example.com/a/very/long/path/that/keeps/going/and/going/without/any/space/to/break/at ok.

비립종은피부표면에생기는작고단단한좁쌀모양의양성피부병변입니다주로눈주위미간볼눈꺼풀에생기며크기는약1mm정도로작습니다.

> A quote with **bold text that goes on** and *italic text that also goes on for a while* and `inline code that is long`.
> > A nested quote, narrower still, with enough words to wrap more than once at every width we try here.

- A list item with enough text to wrap at a phone's width and then some more words after that.
  - A nested item, also long enough to wrap at narrow widths, with a few more words to be sure.
    1. A numbered item three levels deep that wraps as well, hopefully more than once.

```
a code line that is much longer than the column is wide: let us see whether it wraps or leaves the column at all
```

| Column one | Column two has a long header | Three |
|---|---|---|
| a cell with several words that wrap | Averylongcellwordthatcannotbreak | x |

## A heading long enough to wrap onto a second line at a phone's width, surely
)";

TEST_F(LayoutWidth, NoLineLeavesTheColumn) {
  std::vector<Post> posts;
  posts.push_back(view_test::sample_post("en"));
  posts.push_back(view_test::sample_post("ko"));
  posts.push_back(parse_post(kWrappingPost));
  for (const Post& post : posts) {
    for (float width : {320.0f, 390.0f, 560.0f, 800.0f, 1280.0f}) {
      for (float font_scale : {view::kMinFontScale, 1.0f, view::kMaxFontScale}) {
        SCOPED_TRACE(post.meta.title + " at " + std::to_string(int(width)) + " px, font scale " +
                     std::to_string(font_scale));
        expect_inside_column(view.draw(post, view_test::state_for(post, width, font_scale, std::vector<uint8_t>(5, 1))));
        if (HasFailure()) return;
      }
    }
  }
}

TEST_F(LayoutWidth, TheColumnIsCentredAndAtMostSeventyCharactersWide) {
  const Post post = view_test::sample_post("en");
  for (float width : {390.0f, 800.0f, 1280.0f, 1920.0f}) {
    const auto frame = view.draw(post, view_test::state_for(post, width));
    const view::Metrics& m = frame.layout.metrics;
    EXPECT_NEAR(m.left, width - (m.left + m.column), 1.0f) << width;
    EXPECT_LE(m.column, m.body * 40.0f) << width;
    EXPECT_GE(m.left, 16.0f) << width;
  }
}

// A word carried to the next line at a break opportunity was not measured
// again with the character that overflowed: "[[w" stood 22 px wide in 19 px
// (found by tests/fuzz/view_layout_fuzzer). A line is never wider than the
// column unless it holds a single character.
TEST_F(LayoutWidth, AWordCarriedToTheNextLineIsCutWhenItStillDoesNotFit) {
  const Post post = parse_post("x");
  view.use_post(post);
  view.begin_frame(view_test::state_for(post, 800.0f));
  for (const char* s : {"ki]] [[wiki|label]]", "i WWWWWWWWWW", "a 1234567890비율 x", "(i) ((mmmmmm))"}) {
    view::StyledText text;
    view::append_run(text, s, 0);
    for (float width = 4.0f; width <= 120.0f; width += 1.0f) {
      const view::BrokenText broken = view::break_lines(text, view.fonts(), 17.0f, width);
      for (const view::TextLine& line : broken.lines) {
        if (line.fragment_count == 0) continue;
        const uint32_t begin = broken.fragments[line.first_fragment].begin;
        const uint32_t end = broken.fragments[line.first_fragment + line.fragment_count - 1].end;
        const std::string_view piece = std::string_view(text.text).substr(begin, end - begin);
        if (utf8::count_codepoints(piece) > 1) EXPECT_LE(line.width, width + 0.01f) << '"' << piece << "\" in " << width;
      }
    }
  }
  view.end_frame();
}

// Quotes and lists nested by the thousand (the core reads them: tests/robustness)
// overflowed the stack: the layout recursed once per level (found by
// tests/fuzz/view_layout_fuzzer). Past 32 levels the rest is one paragraph.
TEST_F(LayoutWidth, QuotesAndListsNestedByTheThousandLayOut) {
  std::string lists;
  for (int i = 0; i < 20000; ++i) lists += "- ";
  for (const std::string& source : {std::string(60000, '>') + " Deep text.\n", lists + "Deep item\n"}) {
    const Post post = parse_post(source);
    const auto frame = view.draw(post, view_test::state_for(post, 800));
    std::string text;
    for (const view::DrawItem& item : frame.layout.items) text += view_test::item_text(frame.layout, item);
    EXPECT_NE(text.find("Deep"), std::string::npos);
    EXPECT_GT(frame.layout.height, 0.0f);
    EXPECT_LT(frame.layout.items.size(), 1000u);
  }
}

}  // namespace
}  // namespace clinic

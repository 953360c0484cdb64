// The article's stylesheet stays inside the article: every selector of every
// rule (also inside @media and @container) starts with the scope it was given,
// so a page's own elements are never styled by it. (Whether it matches the
// canvas's layout is tested in a browser: tests/browser/prerendered.test.mjs.)
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "view/article_css.h"

namespace clinic {
namespace {

// The selector lists of a stylesheet's style rules (at-rules' preludes left out).
std::vector<std::string> selector_lists(std::string_view css) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < css.size(); ++i) {
    if (css[i] == '}') {
      start = i + 1;
    } else if (css[i] == '{') {
      const std::string prelude(css.substr(start, i - start));
      if (!prelude.starts_with("@")) out.push_back(prelude);
      start = i + 1;
    }
  }
  return out;
}

TEST(ArticleCss, EverySelectorIsScopedToTheArticle) {
  const std::string scope = "clinic-reader > article.clinic-post";
  const std::string css = view::article_css(scope);
  const std::vector<std::string> lists = selector_lists(css);
  ASSERT_GT(lists.size(), 30u);
  for (const std::string& list : lists) {
    size_t start = 0;
    while (start < list.size()) {
      const size_t comma = list.find(',', start);
      const std::string one = list.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      EXPECT_TRUE(one.starts_with(scope)) << one;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  // Braces balance: no rule is left open for the page's own rules to fall into.
  int depth = 0;
  for (char c : css) {
    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
    ASSERT_GE(depth, 0);
  }
  EXPECT_EQ(depth, 0);
}

TEST(ArticleCss, LengthsTheCanvasRoundsAreRoundedWithAFallback) {
  // A browser without CSS round() (Chrome before 125, Safari before 15.4) keeps the plain length.
  const std::string css = view::article_css("article");
  EXPECT_NE(css.find("padding-top:2.5em;padding-top:round(2.5em,1px);"), std::string::npos);
  EXPECT_NE(css.find("margin-bottom:1em;margin-bottom:round(1em,1px);"), std::string::npos);
}

}  // namespace
}  // namespace clinic

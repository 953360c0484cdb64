// Posts with nothing, or nothing but front matter, or front matter that never
// ends: an empty but valid article, never an error page.
#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

TEST(DocumentShape, EmptyFileGivesAnEmptyArticle) {
  const Rendered r = render_everything("");
  expect_well_formed(r);
  EXPECT_EQ(r.post.nodes.size(), 1u);
  EXPECT_EQ(r.plain, "");
  EXPECT_EQ(r.outline.title, "");
  EXPECT_TRUE(r.outline.sections.empty());
  EXPECT_TRUE(r.post.diagnostics.empty());
}

TEST(DocumentShape, OnlyWhiteSpaceGivesAnEmptyArticle) {
  const Rendered r = render_everything(" \n\t\n\r\n   \n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "");
  EXPECT_TRUE(r.outline.sections.empty());
}

TEST(DocumentShape, OnlyFrontMatterGivesTheHeaderAndNoBody) {
  const Rendered r = render_everything("---\ntitle: Milia\nauthor: Dr. Kim\ndate: 2024-05-01\n---\n");
  expect_well_formed(r);
  EXPECT_TRUE(r.post.meta.has_front_matter);
  EXPECT_EQ(r.outline.title, "Milia");
  EXPECT_EQ(r.post.body_offset, r.post.source.size());
  EXPECT_EQ(r.post.nodes.size(), 1u);
  EXPECT_NE(r.article.find("<h1>Milia</h1>"), std::string::npos);
  EXPECT_NE(r.article.find("<time datetime=\"2024-05-01\">"), std::string::npos);
  EXPECT_TRUE(r.post.diagnostics.empty());
}

TEST(DocumentShape, FrontMatterWithoutFinalNewline) {
  const Rendered r = render_everything("---\ntitle: Milia\n---");
  expect_well_formed(r);
  EXPECT_TRUE(r.post.meta.has_front_matter);
  EXPECT_EQ(r.outline.title, "Milia");
  EXPECT_EQ(r.post.nodes.size(), 1u);
}

TEST(DocumentShape, EmptyFrontMatter) {
  const Rendered r = render_everything("---\n---\nMilia are small.\n");
  expect_well_formed(r);
  EXPECT_TRUE(r.post.meta.has_front_matter);
  EXPECT_NE(r.article.find("Milia are small."), std::string::npos);
}

TEST(DocumentShape, UnterminatedFrontMatterIsReadAsTheBodyWithAWarning) {
  const Rendered r = render_everything("---\ntitle: Milia\n\nMilia are small, white bumps.\n\nThey are harmless.\n");
  expect_well_formed(r);
  EXPECT_FALSE(r.post.meta.has_front_matter);
  EXPECT_EQ(r.post.body_offset, 0u);
  EXPECT_TRUE(has_diagnostic_containing(r.post, "never closed"));
  // Nothing the writer wrote is lost.
  EXPECT_NE(r.article.find("title: Milia"), std::string::npos) << r.article;
  EXPECT_NE(r.article.find("Milia are small, white bumps."), std::string::npos);
  EXPECT_NE(r.article.find("They are harmless."), std::string::npos);
}

TEST(DocumentShape, LoneFenceIsNotFrontMatter) {
  for (const char* input : {"---", "---\n", "--- \n"}) {
    const Rendered r = render_everything(input);
    expect_well_formed(r);
    EXPECT_FALSE(r.post.meta.has_front_matter) << input;
  }
}

TEST(DocumentShape, BrokenFrontMatterLinesAreReportedAndSkipped) {
  const Rendered r = render_everything(
      "---\ntitle: \"Milia\nthis line has no colon\n: no key\ntags: [a, \"b, c\", \ndate: '2024-05-01'\n---\nBody.\n");
  expect_well_formed(r);
  EXPECT_TRUE(r.post.meta.has_front_matter);
  EXPECT_EQ(r.post.meta.date, "2024-05-01");
  EXPECT_TRUE(has_diagnostic_containing(r.post, "this line has no colon"));
  EXPECT_NE(r.article.find("<p>Body.</p>"), std::string::npos);
}

TEST(DocumentShape, HugeFrontMatterIsReadInLinearTime) {
  // A hundred thousand fields: all kept, and still fast enough to not need a limit.
  std::string input = "---\n";
  const size_t fields = scaled(100'000);
  for (size_t i = 0; i < fields; ++i) input += "key" + std::to_string(i) + ": value\n";
  input += "---\nBody.\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(r.post.meta.fields.size(), fields);
  EXPECT_NE(r.article.find("<p>Body.</p>"), std::string::npos);
}

}  // namespace
}  // namespace clinic::robustness

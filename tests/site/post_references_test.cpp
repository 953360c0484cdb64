#include "core/post_references.h"

#include <gtest/gtest.h>

#include "core/line_index.h"
#include "core/parse_post.h"

namespace clinic {
namespace {

using Kind = PostReference::Kind;
using Target = PostReference::Target;

struct Seen {
  Kind kind;
  Target target;
  std::string href;
  std::string path;
  uint32_t line;
  bool operator==(const Seen&) const = default;
};

std::vector<Seen> references_of(const std::string& markdown) {
  const Post post = parse_post(markdown);
  const LineIndex lines(post.source);
  std::vector<Seen> seen;
  for (const PostReference& r : post_references(post)) seen.push_back({r.kind, r.target, r.href, r.path, lines.line_of(r.source_offset)});
  return seen;
}

TEST(PostReferences, ImagesLinksAndTheCoverThatArePathsWithTheirLines) {
  const std::string markdown =
      "---\ntitle: Milia\ncover: images/cover.jpg\n---\n"  // cover: line 3
      "\n# Milia\n\n"
      "![A milium](images/milia-1.jpg)\n\n"                  // line 8
      "![](./photo.png \"a title\")\n\n"                     // line 10
      "Read [the leaflet](docs/leaflet%20en.pdf?v=2#p3).\n\n"  // line 12
      "[web](https://clinic.example/a.png) [mail](mailto:a@b.c) [here](#top) [far](//cdn.example/x.png)\n\n"
      "![secret](../../etc/passwd) ![root](/img/a.png) ![up and back](images/../photo.png)\n";  // line 16
  const std::vector<Seen> expected = {
      {Kind::Cover, Target::Inside, "images/cover.jpg", "images/cover.jpg", 3},
      {Kind::Image, Target::Inside, "images/milia-1.jpg", "images/milia-1.jpg", 8},
      {Kind::Image, Target::Inside, "./photo.png", "photo.png", 10},
      {Kind::Link, Target::Inside, "docs/leaflet%20en.pdf?v=2#p3", "docs/leaflet en.pdf", 12},
      {Kind::Image, Target::Outside, "../../etc/passwd", "", 16},
      {Kind::Image, Target::Absolute, "/img/a.png", "", 16},
      {Kind::Image, Target::Inside, "images/../photo.png", "photo.png", 16},
  };
  EXPECT_EQ(references_of(markdown), expected);
}

TEST(PostReferences, UnsafeTargetsAreNotListed) {
  EXPECT_TRUE(references_of("# T\n\n[x](javascript:alert(1)) ![y](file:///etc/passwd)\n").empty());
}

TEST(PostReferences, AnImageWithoutAltTextGetsTheLineItIsWrittenOn) {
  const std::vector<Seen> seen = references_of("# T\n\nSome text\nmore text\n\n![](a.png)\n");
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].line, 6u);
}

TEST(ResolvedRelativeUrl, DotSegmentsQueryAndFragment) {
  EXPECT_EQ(resolved_relative_url("./images/../a.png?v=2#x"), "a.png");
  EXPECT_EQ(resolved_relative_url("a//b/./c.png"), "a/b/c.png");
  EXPECT_EQ(resolved_relative_url("images/"), "images/");
  EXPECT_EQ(resolved_relative_url("images/.."), "");
  EXPECT_EQ(resolved_relative_url("a\\..\\b.png"), "b.png");  // a browser reads '\' as '/'
  EXPECT_EQ(resolved_relative_url("a/%2e%2E/b.png"), "b.png");  // the URL standard's dot segments, encoded
  EXPECT_EQ(resolved_relative_url("%2e%2e/etc/passwd"), std::nullopt);
  EXPECT_EQ(resolved_relative_url(".%2e/x"), std::nullopt);
  EXPECT_EQ(resolved_relative_url("..a/x.png"), "..a/x.png");
  EXPECT_EQ(resolved_relative_url("../a.png"), std::nullopt);
  EXPECT_EQ(resolved_relative_url("a/../../b.png"), std::nullopt);
}

TEST(PercentDecodedPath, EscapesDecodedSeparatorsAndNulRefused) {
  EXPECT_EQ(percent_decoded_path("milia%201.jpg"), "milia 1.jpg");
  EXPECT_EQ(percent_decoded_path("%EB%B9%84.png"), "비.png");
  EXPECT_EQ(percent_decoded_path("100%.png"), "100%.png");
  EXPECT_EQ(percent_decoded_path("..%2F..%2Fetc%2Fpasswd"), std::nullopt);
  EXPECT_EQ(percent_decoded_path("a%5Cb"), std::nullopt);
  EXPECT_EQ(percent_decoded_path("a%00.png"), std::nullopt);
}

TEST(FirstImageSource, TheFirstImageAPreviewCanShow) {
  EXPECT_EQ(first_image_source(parse_post("# T\n\n![a](/root.png)\n\n![b](data:image/png;base64,AAAA)\n\n![c](./c.png)\n")),
            "./c.png");
  EXPECT_EQ(first_image_source(parse_post("# T\n\n![a](https://cdn.example/a.jpg)\n\n![b](b.png)\n")), "https://cdn.example/a.jpg");
  EXPECT_EQ(first_image_source(parse_post("# T\n\n![a](../a.png)\n")), "");
  EXPECT_EQ(first_image_source(parse_post("# T\n\nNo picture.\n")), "");
}

}  // namespace
}  // namespace clinic

// Inputs the fuzz targets (tests/fuzz) found to break a promise, kept once fixed.
#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

// md4c 0.5.3 left a link twice here (md4c issue #294); the model builder
// popped one node more than it had pushed and read before its stack.
TEST(FuzzRegression, OverlappingLinksAndEmphasisLeaveALinkTwice) {
  const Rendered r = render_everything("[foo *[bar [baz](/*[bar)](/uri)uri)](/uri)*](/uri)\n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<p>[foo <em>[bar <a href=\"/*%5Bbar\">baz</a>uri)](/uri)</em>](/uri)</p>\n");
}

// ...and here md4c leaves a link it never entered, after two nested images.
TEST(FuzzRegression, NestedImagesAreFollowedByALinkNeverEntered) {
  const Rendered r = render_everything(
      "![outer ![inner](img_inner \"inner title\")](img_oute![outle\")](img_outeritle\")](img_outer \"outer \"outer "
      "title\")\n");
  expect_well_formed(r);
  EXPECT_EQ(r.plain,
            "<p><img src=\"img_oute!%5Boutle%22\" alt=\"outer inner\">](img_outer &quot;outer &quot;outer "
            "title&quot;)</p>\n");
}

}  // namespace
}  // namespace clinic::robustness

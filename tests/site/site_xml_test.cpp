// The Atom feed and the sitemap on hand-built posts: XML escaping, dates,
// order, the feed's limit, hreflang both ways, and nothing without a base URL.
#include <gtest/gtest.h>

#include "core/site_feed.h"
#include "core/sitemap.h"
#include "site_test_posts.h"

namespace clinic {
namespace {

using site_test::kAwkwardTitle;
using site_test::site_post;
using site_test::with_base;

TEST(SiteFeed, EntriesEscapedAndDatedNewestFirst) {
  SitePost post = site_post("spots", kAwkwardTitle, "2026-09-02");
  post.author = "Kim & <Lee>";
  post.description = "It's \"fine\" & <ok>\x01.";
  post.tags = {"a&b"};
  const std::string xml = site_feed_xml({post, site_post("older", "Older", "2026-01-31", "ko")}, with_base());
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n", 0), 0u);
  EXPECT_NE(xml.find("<title>Clear &lt;Skin&gt; &amp; &quot;Co&quot;</title>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<updated>2026-09-02T00:00:00Z</updated>\n<author>"), std::string::npos) << "the feed's: the newest post's date";
  const std::string entry =
      "<entry xml:lang=\"en\">\n"
      "<title>Tom &amp; Jerry's &lt;b&gt;&quot;Best&quot;&lt;/b&gt; spots</title>\n"
      "<link rel=\"alternate\" type=\"text/html\" href=\"https://clinic.example/blog/posts/spots.html\"/>\n"
      "<id>https://clinic.example/blog/posts/spots.html</id>\n"
      "<published>2026-09-02T00:00:00Z</published>\n<updated>2026-09-02T00:00:00Z</updated>\n"
      "<author><name>Kim &amp; &lt;Lee&gt;</name>\n</author>\n"
      "<summary>It's &quot;fine&quot; &amp; &lt;ok&gt;.</summary>\n"  // a control character is no XML
      "<category term=\"a&amp;b\"/>\n"
      "</entry>\n";
  EXPECT_NE(xml.find(entry), std::string::npos) << xml;
  EXPECT_LT(xml.find("posts/spots.html"), xml.find("posts/older.html"));
  EXPECT_NE(xml.find("<entry xml:lang=\"ko\">"), std::string::npos);
}

TEST(SiteFeed, OnlyDatedPostsUpToTheLimit) {
  SiteOptions options = with_base();
  options.feed_entries = 2;
  const std::string xml = site_feed_xml({site_post("c", "C", "2026-03-01"), site_post("b", "B", "2026-02-01"),
                                         site_post("a", "A", "2026-01-01"), site_post("u", "U", "")}, options);
  EXPECT_NE(xml.find("posts/c.html"), std::string::npos);
  EXPECT_NE(xml.find("posts/b.html"), std::string::npos);
  EXPECT_EQ(xml.find("posts/a.html"), std::string::npos);
  EXPECT_EQ(xml.find("posts/u.html"), std::string::npos);
}

TEST(SiteFeed, NoneWithoutABaseUrlOrADatedPost) {
  EXPECT_EQ(site_feed_xml({site_post("a", "A", "2026-01-01")}, SiteOptions{}), "");
  EXPECT_EQ(site_feed_xml({site_post("u", "U", "")}, with_base()), "");
  EXPECT_EQ(site_feed_xml({}, with_base()), "");
}

TEST(Sitemap, EveryPageWithItsDateAndItsLanguagesBothWays) {
  const std::vector<SitePost> posts = {site_post("spots.en", "Spots", "2026-09-02", "en", "spots"),
                                       site_post("spots.ko", "잡티", "2026-09-01", "ko", "spots"),
                                       site_post("a&b <c>", kAwkwardTitle, "", "en")};
  const std::string xml = sitemap_xml(posts, with_base());
  const std::string expected =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
      "<url>\n<loc>https://clinic.example/blog/</loc>\n<lastmod>2026-09-02</lastmod>\n</url>\n"
      "<url>\n<loc>https://clinic.example/blog/posts/spots.en.html</loc>\n<lastmod>2026-09-02</lastmod>\n"
      "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://clinic.example/blog/posts/spots.en.html\"/>\n"
      "<xhtml:link rel=\"alternate\" hreflang=\"ko\" href=\"https://clinic.example/blog/posts/spots.ko.html\"/>\n"
      "</url>\n"
      "<url>\n<loc>https://clinic.example/blog/posts/spots.ko.html</loc>\n<lastmod>2026-09-01</lastmod>\n"
      "<xhtml:link rel=\"alternate\" hreflang=\"ko\" href=\"https://clinic.example/blog/posts/spots.ko.html\"/>\n"
      "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://clinic.example/blog/posts/spots.en.html\"/>\n"
      "</url>\n"
      "<url>\n<loc>https://clinic.example/blog/posts/a&amp;b%20%3Cc%3E.html</loc>\n</url>\n"
      "</urlset>\n";
  EXPECT_EQ(xml, expected);
}

TEST(Sitemap, NoneWithoutABaseUrl) { EXPECT_EQ(sitemap_xml({site_post("a", "A", "2026-01-01")}, SiteOptions{}), ""); }

}  // namespace
}  // namespace clinic

// The index and a post's page, on hand-built posts: escaping in every place a
// title goes, the order, dates, hreflang both ways, and no base URL.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/parse_post.h"
#include "core/site_index.h"
#include "core/site_post_page.h"
#include "site_test_posts.h"

namespace clinic {
namespace {

using site_test::kAwkwardTitle;
using site_test::site_post;
using site_test::with_base;

size_t count(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

TEST(ListedBefore, NewestFirstThenTitleThenSlugUndatedLast) {
  std::vector<SitePost> posts = {site_post("b", "Same", "2026-05-01"), site_post("undated", "A", ""),
                                 site_post("old", "Old", "2025-12-31"), site_post("a", "Same", "2026-05-01"),
                                 site_post("new", "Zebra", "2026-05-02"), site_post("c", "Apple", "2026-05-01")};
  std::sort(posts.begin(), posts.end(), listed_before);
  std::vector<std::string> slugs;
  for (const SitePost& p : posts) slugs.push_back(p.slug);
  EXPECT_EQ(slugs, (std::vector<std::string>{"new", "c", "a", "b", "old", "undated"}));
}

TEST(SiteIndex, TitlesEscapedInTextAndHrefsEncoded) {
  SitePost post = site_post("tom & jerry", kAwkwardTitle, "2026-09-02");
  post.description = "Less <than> & \"more\"";
  post.tags = {"a&b", "<c>"};
  const std::string html = site_index_html({post}, with_base());
  EXPECT_NE(html.find("<title>Clear &lt;Skin&gt; &amp; &quot;Co&quot;</title>"), std::string::npos) << html;
  EXPECT_NE(html.find("<h1>Clear &lt;Skin&gt; &amp; &quot;Co&quot;</h1>"), std::string::npos);
  EXPECT_NE(html.find("<h2><a href=\"posts/tom%20&amp;%20jerry.html\">Tom &amp; Jerry's &lt;b&gt;&quot;Best&quot;&lt;/b&gt; spots</a></h2>"),
            std::string::npos) << html;
  EXPECT_NE(html.find("<p class=\"byline\"><time datetime=\"2026-09-02\">2026-09-02</time> · English · a&amp;b, &lt;c&gt;</p>"),
            std::string::npos) << html;
  EXPECT_NE(html.find("<p>Less &lt;than&gt; &amp; &quot;more&quot;</p>"), std::string::npos);
  EXPECT_NE(html.find("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Clear &lt;Skin&gt; &amp; &quot;Co&quot;\" href=\"feed.xml\">"),
            std::string::npos) << html;
  EXPECT_EQ(html.find("<b>"), std::string::npos) << "no markup from a title";
}

TEST(SiteIndex, ListsInTheOrderGivenWithTheMostCommonLanguage) {
  const std::vector<SitePost> posts = {site_post("n", "Newest", "2026-02-01", "ko"), site_post("m", "Middle", "2026-01-01", "ko"),
                                       site_post("u", "Undated", "", "en")};
  const std::string html = site_index_html(posts, with_base());
  EXPECT_LT(html.find(">Newest<"), html.find(">Middle<"));
  EXPECT_LT(html.find(">Middle<"), html.find(">Undated<"));
  EXPECT_NE(html.find("<html lang=\"ko\">"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"byline\">English</p>"), std::string::npos) << "an undated post: no date";
  EXPECT_NE(html.find("<link rel=\"canonical\" href=\"https://clinic.example/blog/\">"), std::string::npos);
}

TEST(SiteIndex, WithoutABaseUrlNoCanonicalAndNoFeed) {
  const std::string html = site_index_html({site_post("a", "A", "2026-01-01")}, SiteOptions{});
  EXPECT_EQ(html.find("canonical"), std::string::npos);
  EXPECT_EQ(html.find("feed.xml"), std::string::npos);
  EXPECT_NE(html.find("<title>Blog</title>"), std::string::npos);
}

struct PagePair {
  Post en = parse_post(
      "---\ntitle: Tom & Jerry's <b>\"Best\"</b> spots\ndate: 2026-09-02\nlang: en\ntags: [a&b]\n---\n\n"
      "Spots fade <slowly> & \"surely\".\n\n"
      "![A spot](images/spot.jpg)\n\n"
      "## Q&A\n\n"
      "Q. Is </script><b> safe & \"sound\"?\n"
      "A. Yes, it's <fine>.\n");
  Post ko = parse_post("---\ntitle: 잡티 <관리>\ndate: 2026-09-02\nlang: ko\n---\n\n잡티는 천천히 옅어집니다.\n");
  std::vector<SitePost> listed = {site_post_of(en, "spots.en.md"), site_post_of(ko, "spots.ko.md")};

  std::string page(size_t i, const SiteOptions& options) {
    return site_post_page_html({i == 0 ? en : ko, listed[i], translations_of(listed, i), options});
  }
};

TEST(SitePostPage, TheTitleEscapedInTheHeadTheMetaAndTheJsonLd) {
  PagePair pair;
  const std::string html = pair.page(0, with_base());
  const std::string escaped = "Tom &amp; Jerry's &lt;b&gt;&quot;Best&quot;&lt;/b&gt; spots";
  EXPECT_NE(html.find("<title>" + escaped + "</title>"), std::string::npos) << html;
  EXPECT_NE(html.find("<meta property=\"og:title\" content=\"" + escaped + "\">"), std::string::npos);
  EXPECT_NE(html.find("<meta name=\"description\" content=\"Spots fade &lt;slowly&gt; &amp; &quot;surely&quot;.\">"),
            std::string::npos) << html;
  EXPECT_NE(html.find("<meta property=\"og:site_name\" content=\"Clear &lt;Skin&gt; &amp; &quot;Co&quot;\">"), std::string::npos);
  EXPECT_NE(html.find("<meta property=\"article:published_time\" content=\"2026-09-02\">"), std::string::npos);
  EXPECT_NE(html.find("<meta property=\"article:tag\" content=\"a&amp;b\">"), std::string::npos);
  // JSON-LD inside <script>: no "</script>" or any "<" can end it early
  const size_t ld = html.find("<script type=\"application/ld+json\">");
  ASSERT_NE(ld, std::string::npos) << html;
  const std::string script = html.substr(ld, html.find("</script>", ld) - ld);
  EXPECT_NE(script.find("\"name\":\"Is \\u003c/script>\\u003cb> safe & \\\"sound\\\"?\""), std::string::npos) << script;
  EXPECT_NE(script.find("\"text\":\"Yes, it's \\u003cfine>.\""), std::string::npos) << script;
  EXPECT_EQ(count(html, "</script>"), 3u) << "offline.js's, the loader's and the JSON-LD's own";
}

TEST(SitePostPage, HreflangBothWaysAbsoluteWithABaseUrl) {
  PagePair pair;
  const std::string en = pair.page(0, with_base());
  const std::string ko = pair.page(1, with_base());
  for (const std::string& html : {en, ko}) {
    EXPECT_NE(html.find("<link rel=\"alternate\" hreflang=\"en\" href=\"https://clinic.example/blog/posts/spots.en.html\">"),
              std::string::npos) << html;
    EXPECT_NE(html.find("<link rel=\"alternate\" hreflang=\"ko\" href=\"https://clinic.example/blog/posts/spots.ko.html\">"),
              std::string::npos) << html;
  }
  EXPECT_NE(en.find("<a href=\"spots.ko.html\" hreflang=\"ko\" lang=\"ko\">한국어</a>"), std::string::npos) << en;
  EXPECT_NE(ko.find("<a href=\"spots.en.html\" hreflang=\"en\" lang=\"en\">English</a>"), std::string::npos) << ko;
  EXPECT_NE(en.find("<link rel=\"canonical\" href=\"https://clinic.example/blog/posts/spots.en.html\">"), std::string::npos);
  EXPECT_NE(en.find("<meta property=\"og:image\" content=\"https://clinic.example/blog/posts/images/spot.jpg\">"), std::string::npos);
  EXPECT_NE(ko.find("<title>잡티 &lt;관리&gt;</title>"), std::string::npos);
  EXPECT_NE(ko.find("<html lang=\"ko\">"), std::string::npos);
}

TEST(SitePostPage, WithoutABaseUrlRelativeHreflangAndNoAbsoluteUrls) {
  PagePair pair;
  const std::string en = pair.page(0, SiteOptions{});
  EXPECT_NE(en.find("<link rel=\"alternate\" hreflang=\"ko\" href=\"spots.ko.html\">"), std::string::npos) << en;
  EXPECT_NE(en.find("<link rel=\"alternate\" hreflang=\"en\" href=\"spots.en.html\">"), std::string::npos);
  EXPECT_EQ(en.find("canonical"), std::string::npos);
  EXPECT_EQ(en.find("og:url"), std::string::npos);
  EXPECT_EQ(en.find("og:image"), std::string::npos);
  EXPECT_EQ(en.find("feed.xml"), std::string::npos);
  EXPECT_NE(en.find("<clinic-reader src=\"spots.en.md\">\n<article"), std::string::npos);
}

TEST(SitePostPage, APostWithoutTranslationsNamesNoLanguages) {
  const Post post = parse_post("---\ntitle: Alone\nlang: en\n---\n\nText.\n");
  const std::vector<SitePost> listed = {site_post_of(post, "alone.md")};
  const std::string html = site_post_page_html({post, listed[0], translations_of(listed, 0), with_base()});
  EXPECT_EQ(html.find("hreflang"), std::string::npos);
  EXPECT_EQ(html.find("ld+json"), std::string::npos) << "no Q&A, no FAQPage";
}

}  // namespace
}  // namespace clinic

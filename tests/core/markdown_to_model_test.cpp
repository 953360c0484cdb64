#include <gtest/gtest.h>

#include "core/link_safety.h"
#include "core/parse_post.h"
#include "core/plain_text.h"

namespace clinic {
namespace {

Post parse_plain(std::string_view markdown) { return parse_post(markdown, ParseOptions{.recognize_structure = false}); }

std::vector<NodeKind> kinds(const Post& post) {
  std::vector<NodeKind> out;
  for (const Node& n : post.nodes) out.push_back(n.kind);
  return out;
}

TEST(MarkdownToModel, BuildsAPreOrderTreeWithEndIndices) {
  const Post post = parse_plain("Hello *world*\n");
  using K = NodeKind;
  EXPECT_EQ(kinds(post), (std::vector<K>{K::Document, K::Paragraph, K::Text, K::Emphasis, K::Text}));
  EXPECT_EQ(post.nodes[0].end, 5u);
  EXPECT_EQ(post.nodes[1].end, 5u);
  EXPECT_EQ(post.nodes[3].end, 5u);
  EXPECT_EQ(post.str(post.nodes[2].text), "Hello ");
  EXPECT_EQ(post.str(post.nodes[4].text), "world");
}

TEST(MarkdownToModel, TextIsAViewIntoTheSourceWhenVerbatim) {
  const Post post = parse_plain("plain words\n");
  const TextRef ref = post.nodes[2].text;
  EXPECT_EQ(ref.offset & TextRef::kPoolBit, 0u);
  EXPECT_EQ(post.source.substr(ref.offset, ref.length), "plain words");
}

// md4c hands out each code line's "\n" as a string of its own; where the source
// has that newline, the block's text stays one view of the source.
TEST(MarkdownToModel, AFencedCodeBlockIsOneViewIntoTheSource) {
  const Post post = parse_plain("```\nint a;\n\nint b;\n```\n");
  using K = NodeKind;
  ASSERT_EQ(kinds(post), (std::vector<K>{K::Document, K::CodeBlock, K::Text}));
  const TextRef ref = post.nodes[2].text;
  EXPECT_EQ(ref.offset & TextRef::kPoolBit, 0u);
  EXPECT_EQ(post.str(ref), "int a;\n\nint b;\n");
}

// Indented code loses its indentation, so its lines are not one run of the
// source: the text is still whole and in order.
TEST(MarkdownToModel, IndentedCodeKeepsItsLinesWithoutTheIndentation) {
  const Post post = parse_plain("    int a;\n      int b;\n");
  EXPECT_EQ(post.nodes[1].kind, NodeKind::CodeBlock);
  std::string code;
  for (const Node& n : post.nodes) code += post.str(n.text);
  EXPECT_EQ(code, "int a;\n  int b;\n");
}

TEST(MarkdownToModel, EntitiesAreDecoded) {
  const Post post = parse_plain("a &amp; b &#x1F600; &copy;\n");
  EXPECT_EQ(plain_text(post, 0), "a & b \xF0\x9F\x98\x80 \xC2\xA9");
}

TEST(MarkdownToModel, RawHtmlStaysText) {
  const Post post = parse_plain("<script>alert(1)</script>\n");
  EXPECT_EQ(post.nodes[1].kind, NodeKind::Paragraph);
  EXPECT_EQ(plain_text(post, 0), "<script>alert(1)</script>");
}

TEST(MarkdownToModel, ListsRecordTightnessStartAndTasks) {
  const Post post = parse_plain("3. a\n4. b\n\n- [x] done\n- [ ] todo\n");
  const Node& ol = post.nodes[1];
  ASSERT_EQ(ol.kind, NodeKind::List);
  EXPECT_TRUE(ol.has(node_flags::kOrdered));
  EXPECT_TRUE(ol.has(node_flags::kTight));
  EXPECT_EQ(ol.number, 3u);
  const Node& ul = post.nodes[ol.end];
  ASSERT_EQ(ul.kind, NodeKind::List);
  const Node& first_task = post.nodes[ol.end + 1];
  EXPECT_TRUE(first_task.has(node_flags::kTask));
  EXPECT_TRUE(first_task.has(node_flags::kChecked));
  const Node& second_task = post.nodes[first_task.end];
  EXPECT_TRUE(second_task.has(node_flags::kTask));
  EXPECT_FALSE(second_task.has(node_flags::kChecked));
}

TEST(MarkdownToModel, UnsafeLinkTargetsAreDroppedButTheTextStays) {
  const Post post = parse_plain("[click](javascript:alert(1)) [ok](https://example.org)\n");
  std::vector<const Node*> links;
  for (const Node& n : post.nodes) {
    if (n.kind == NodeKind::Link) links.push_back(&n);
  }
  ASSERT_EQ(links.size(), 2u);
  EXPECT_TRUE(links[0]->has(node_flags::kUnsafeTarget));
  EXPECT_TRUE(post.str(links[0]->href).empty());
  EXPECT_EQ(post.str(links[1]->href), "https://example.org");
  EXPECT_EQ(plain_text(post, 0), "click ok");
}

// As a browser's URL parser reads the scheme: any case, after leading controls
// and spaces, with tabs and line breaks inside it ignored; other and longer
// schemes are not the refused ones.
TEST(LinkSafety, SchemesAreReadAsABrowserReadsThem) {
  EXPECT_FALSE(is_safe_url("JaVa\tScRiPt:alert(1)"));
  EXPECT_FALSE(is_safe_url(" \x01javascript:alert(1)"));
  EXPECT_FALSE(is_safe_url("java\nscript:alert(1)"));
  EXPECT_FALSE(is_safe_url("VBScript:x"));
  EXPECT_FALSE(is_safe_url("file:///etc/passwd"));
  EXPECT_FALSE(is_safe_url("data:text/html,<script>alert(1)</script>"));
  EXPECT_TRUE(is_safe_url("data:image/png;base64,AAAA"));
  EXPECT_TRUE(is_safe_url("https://example.com/a:b"));
  EXPECT_TRUE(is_safe_url("javascripts:alert(1)"));
  EXPECT_TRUE(is_safe_url("a-much-longer-scheme+than.javascript:x"));
  EXPECT_TRUE(is_safe_url("relative/path:with-colon"));
}

TEST(MarkdownToModel, SourceOffsetsPointAtTheBlocksText) {
  const std::string md = "First para.\n\n## Heading here\n";
  const Post post = parse_plain(md);
  for (const Node& n : post.nodes) {
    if (n.kind == NodeKind::Heading) EXPECT_EQ(md.substr(n.source_offset, 12), "Heading here");
  }
}

TEST(MarkdownToModel, InvalidUtf8IsReplacedAndReported) {
  const Post post = parse_plain(std::string("ok \xFF\xFE text\n"));
  EXPECT_EQ(plain_text(post, 0), "ok \xEF\xBF\xBD\xEF\xBF\xBD text");
  EXPECT_FALSE(post.diagnostics.empty());
}

TEST(MarkdownToModel, CrlfAndBomAreNormalised) {
  const Post post = parse_plain("\xEF\xBB\xBFline one\r\nline two\rline three\r\n");
  EXPECT_EQ(post.source, "line one\nline two\nline three\n");
  EXPECT_EQ(plain_text(post, 0), "line one line two line three");
}

// The scan for CR and NUL goes eight bytes at a time and lets tabs through
// as maybes: either one is found at every offset, beside tabs or not.
TEST(MarkdownToModel, CrAndNulAreFoundAtEveryOffset) {
  for (size_t pad = 0; pad < 17; ++pad) {
    for (const std::string lead : {std::string(pad, 'a'), std::string(pad, '\t')}) {
      const Post cr = parse_plain(lead + "x\ry\n");
      EXPECT_EQ(cr.source, lead + "x\ny\n") << pad;
      const Post nul = parse_plain(lead + std::string("x\0y\n", 4));
      EXPECT_EQ(nul.source, lead + "x\xEF\xBF\xBDy\n") << pad;
      EXPECT_FALSE(nul.diagnostics.empty()) << pad;
      const Post neither = parse_plain(lead + "x\ty\n");
      EXPECT_EQ(neither.source, lead + "x\ty\n") << pad;
      EXPECT_TRUE(neither.diagnostics.empty()) << pad;
    }
  }
}

TEST(MarkdownToModel, EmptyInputIsAnEmptyDocument) {
  const Post post = parse_plain("");
  ASSERT_EQ(post.nodes.size(), 1u);
  EXPECT_EQ(post.nodes[0].kind, NodeKind::Document);
  EXPECT_EQ(post.nodes[0].end, 1u);
}

}  // namespace
}  // namespace clinic

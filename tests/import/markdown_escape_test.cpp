#include "core/markdown_escape.h"

#include <gtest/gtest.h>

#include "core/parse_post.h"
#include "core/plain_text.h"

namespace clinic {
namespace {

// The escaped line read back as CommonMark: one paragraph of plain text only.
void expect_literal(const std::string& line) {
  const std::string escaped = markdown_escaped_line(line);
  const Post post = parse_post(escaped, ParseOptions{.recognize_structure = false});
  ASSERT_GE(post.nodes.size(), 2u) << escaped;
  EXPECT_EQ(post.nodes[1].kind, NodeKind::Paragraph) << line << " -> " << escaped;
  for (uint32_t i = 2; i < post.nodes.size(); ++i) {
    EXPECT_EQ(post.nodes[i].kind, NodeKind::Text) << line << " -> " << escaped << " has markup at node " << i;
  }
  EXPECT_EQ(plain_text(post, 0), line) << escaped;
}

TEST(MarkdownEscape, BlockMarkersAtTheStartOfALine) {
  for (const char* line : {"# heading?", "###### six", "> quote", ">no space", "- item", "+ item", "* item", "-",
                           "1. item", "1) item", "123456789. item", "===", "= = =", "---", "- - -", "***", "___",
                           "```fence", "~~~fence", "<div>", "| a | b |"}) {
    expect_literal(line);
  }
}

TEST(MarkdownEscape, InlineMarkupAnywhere) {
  for (const char* line : {"a *b* c", "a **b** c", "a _b_ c", "a __b__ c", "a ~b~ c", "a ~~b~~ c", "a `b` c",
                           "a <b> c", "a <b@c> c", "a [b](c) d", "a ![b](c) d", "a [b] c",
                           "a \\ b \\* c", "ends with \\", "a &amp; b &#169; c &#x41; d", "a | b"}) {
    expect_literal(line);
  }
}

TEST(MarkdownEscape, LeavesOrdinaryTextAlone) {
  EXPECT_EQ(markdown_escaped_line("#1 tip: use -5°C, 1.5mm, Q&A, AT&T, 2-3 sessions!"),
            "#1 tip: use -5°C, 1.5mm, Q&A, AT&T, 2-3 sessions!");
  EXPECT_EQ(markdown_escaped_line("snake_case and https://example.com/a_b_c"), "snake_case and https://example.com/a_b_c");
  EXPECT_EQ(markdown_escaped_line("💡 What are milia?"), "💡 What are milia?");
}

// md4c steps over the character right after `http://` (and `https://`,
// `ftp://`) without reading it: a backslash there stayed in the text
// (`br<http://__` read back as `br<http://\__`; found by tests/fuzz/import_fuzzer).
TEST(MarkdownEscape, TheCharacterAfterAUrlSchemeIsNotEscaped) {
  for (const char* line : {"br<http://__", "http://__a__ b", "see http://*a* b", "https://\\x", "ftp://&amp; x",
                           "http://`a` b", "http://[a](b)", "http://<a>", "http://\\*"}) {
    expect_literal(line);
  }
  EXPECT_EQ(markdown_escaped_line("http://_x_"), "http://_x\\_");
  EXPECT_EQ(markdown_escaped_line("HTTP://_x_"), "HTTP://\\_x\\_");  // md4c's schemes are lower case
}

// A line that ends in a bare scheme keeps what follows it from md4c's step:
// as a bold question, `**... ftp://**` read back as `*<em>... ftp://*</em>`
// (found by tests/fuzz/import_fuzzer).
TEST(MarkdownEscape, ALineEndingInAUrlSchemeLeavesTheMarkupAfterItAlone) {
  for (const char* line : {"is it safe ftp://", "see http://", "https://", "위험한ftp://"}) {
    expect_literal(line);
    const std::string bold = "**" + markdown_escaped_line(line) + "**\n";
    const Post post = parse_post(bold, ParseOptions{.recognize_structure = false});
    ASSERT_GE(post.nodes.size(), 4u) << bold;
    EXPECT_EQ(post.nodes[2].kind, NodeKind::Strong) << bold;
    EXPECT_EQ(post.nodes[2].end, post.nodes.size()) << bold << ": the whole line is inside the bold";
    EXPECT_EQ(plain_text(post, 0), line) << bold;
  }
  EXPECT_EQ(markdown_escaped_line("see ftp://x"), "see ftp://x");  // a URL with a host is left whole
}

TEST(MarkdownEscape, HeadingTextEscapesEveryHash) {
  EXPECT_EQ(markdown_escaped_heading("C# tips #"), "C\\# tips \\#");
  const Post post = parse_post("## " + markdown_escaped_heading("Tips for C# #"), ParseOptions{.recognize_structure = false});
  EXPECT_EQ(plain_text(post, 0), "Tips for C# #");
}

}  // namespace
}  // namespace clinic

// Posts far larger or deeper than anyone writes: every readable part still
// comes out, and memory stays in proportion to the input.
#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

size_t count_nodes(const Post& post, NodeKind kind) {
  return static_cast<size_t>(
      std::count_if(post.nodes.begin(), post.nodes.end(), [&](const Node& n) { return n.kind == kind; }));
}

size_t max_depth(const Post& post) {
  std::vector<uint32_t> open;
  size_t depth = 0;
  for (uint32_t i = 0; i < post.nodes.size(); ++i) {
    while (!open.empty() && open.back() <= i) open.pop_back();
    open.push_back(post.nodes[i].end);
    depth = std::max(depth, open.size());
  }
  return depth;
}

TEST(LargeInput, TenMegabytesOfProse) {
  const std::string input = prose(scaled(10u << 20));
  const Rendered r = render_everything("---\ntitle: Milia\n---\n" + input);
  expect_well_formed(r);
  const size_t paragraphs = count_of(input, "\n\n");
  EXPECT_EQ(count_of(r.plain, "<p>"), paragraphs);
  EXPECT_EQ(count_of(r.article, "harmless"), count_of(input, "harmless"));
  EXPECT_EQ(count_of(r.article, "비립종은"), count_of(input, "비립종은"));
  EXPECT_EQ(count_of(r.plain, "<a href=\"https://example.com/clinic\">our clinic</a>"), count_of(input, "our clinic"));
  // Far from a node per byte: the model is a fraction of the text's size.
  EXPECT_LE(r.post.nodes.size() * sizeof(Node), 3 * input.size());
  EXPECT_EQ(r.post.meta.lang, "en");
}

TEST(LargeInput, FiveMegabyteSingleLine) {
  std::string line;
  const size_t size = scaled(5u << 20);
  while (line.size() < size) line.append("word ");
  line.append("end");
  const Rendered r = render_everything(line);
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<p>" + line + "</p>\n");
  EXPECT_NE(r.article.find(line), std::string::npos);
  EXPECT_LE(r.post.nodes.size(), 4u);
}

TEST(LargeInput, FiveMegabyteLineWithoutSpaces) {
  const std::string line(scaled(5u << 20), 'x');
  const Rendered r = render_everything(line);
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<p>" + line + "</p>\n");
}

TEST(LargeInput, FiveMegabyteLineOfHangulAndEmoji) {
  std::string line = "a";
  const size_t size = scaled(5u << 20);
  while (line.size() < size) line.append("비립종😀");
  const Rendered r = render_everything(line);
  expect_well_formed(r);
  EXPECT_EQ(r.plain, "<p>" + line + "</p>\n");
  EXPECT_EQ(r.post.meta.lang, "ko");
}

TEST(LargeInput, FiveMegabyteHeading) {
  const std::string words = repeated("Milia ", scaled(5u << 20) / 6);
  const Rendered r = render_everything("# T\n\n## " + words + "\n\nText.\n");
  expect_well_formed(r);
  ASSERT_EQ(r.outline.sections.size(), 1u);
  EXPECT_EQ(r.outline.sections[0].heading.size(), words.size() - 1);
  EXPECT_NE(r.article.find("<p>Text.</p>"), std::string::npos);
}

TEST(LargeInput, TenThousandNestedQuotes) {
  const size_t depth = 10'000;
  for (const std::string& marker : {std::string("> "), std::string(">")}) {
    const Rendered r = render_everything(repeated(marker, depth) + "Deep text.\n");
    expect_well_formed(r);
    EXPECT_EQ(count_of(r.plain, "<blockquote>"), depth);
    EXPECT_EQ(count_of(r.plain, "</blockquote>"), depth);
    EXPECT_NE(r.plain.find("<p>Deep text.</p>"), std::string::npos);
    EXPECT_NE(r.article.find("<p>Deep text.</p>"), std::string::npos);
    EXPECT_GE(max_depth(r.post), depth);
  }
}

TEST(LargeInput, TenThousandNestedLists) {
  const size_t depth = 10'000;
  for (const std::string& marker : {std::string("- "), std::string("1. "), std::string("* ")}) {
    const Rendered r = render_everything(repeated(marker, depth) + "Deep item\n");
    expect_well_formed(r);
    EXPECT_EQ(count_of(r.plain, "<li>"), depth) << marker;
    EXPECT_NE(r.plain.find("Deep item</li>"), std::string::npos);
    EXPECT_NE(r.article.find("Deep item</li>"), std::string::npos);
    EXPECT_GE(max_depth(r.post), 2 * depth);
  }
}

TEST(LargeInput, ThousandIndentedListLevels) {
  // One level per line, as an editor would indent it.
  std::string input;
  const size_t depth = scaled(1000, 2);
  for (size_t i = 0; i < depth; ++i) input += std::string(2 * i, ' ') + "- level " + std::to_string(i) + "\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(count_of(r.plain, "<ul>"), depth);
  EXPECT_NE(r.plain.find("level " + std::to_string(depth - 1) + "</li>"), std::string::npos);
}

TEST(LargeInput, DeepNestingInsideRecognisedSections) {
  // Summary cards and answers copy their content by walking it: a deep
  // structure inside them must not exhaust the stack.
  const size_t depth = 10'000;
  const std::string deep = repeated(">", depth) + " Deep text.\n";
  const Rendered r = render_everything("# Milia\n\n## 📌 Summary\n\n- " + deep + "- " + repeated("- ", depth) +
                                       "deep item\n\n## 💬 Q&A\n\nQ1. Why?\n\n" + deep);
  expect_well_formed(r);
  ASSERT_EQ(r.outline.summary.size(), 2u);
  EXPECT_EQ(r.outline.summary[0], "Deep text.");
  EXPECT_EQ(r.outline.summary[1], "deep item");
  ASSERT_EQ(r.outline.qa.size(), 1u);
  EXPECT_EQ(r.outline.qa[0].answer, "Deep text.");
}

TEST(LargeInput, DeepEmphasisAndBrackets) {
  const size_t depth = scaled(50'000);
  const Rendered strong = render_everything(repeated("*a **a ", depth) + "b" + repeated(" a** a*", depth));
  expect_well_formed(strong);
  EXPECT_EQ(count_of(strong.plain, "<strong>"), depth);
  const Rendered brackets = render_everything(repeated("[", depth) + "a" + repeated("]", depth));
  expect_well_formed(brackets);
  EXPECT_EQ(brackets.plain, "<p>" + repeated("[", depth) + "a" + repeated("]", depth) + "</p>\n");
}

TEST(LargeInput, HundredThousandQaItems) {
  const size_t items = scaled(100'000);
  const Rendered r = render_everything(qa_post(items));
  expect_well_formed(r);
  ASSERT_EQ(r.outline.qa.size(), items);
  EXPECT_EQ(r.outline.qa.back().question, "Will it leave a scar?");
  EXPECT_EQ(r.outline.qa.back().answer, "Usually not, if it is removed by a dermatologist.");
  EXPECT_EQ(count_nodes(r.post, NodeKind::QaItem), items);
  EXPECT_NE(r.article.find("id=\"q" + std::to_string(items) + "\""), std::string::npos);
  EXPECT_EQ(count_of(r.article, "<div class=\"qa-item\">"), items);
}

TEST(LargeInput, HundredThousandQaItemsAsSubHeadings) {
  const size_t items = scaled(100'000);
  std::string input = "# Milia\n\n## FAQ\n\n";
  for (size_t i = 0; i < items; ++i) input += "### Will it scar?\n\nNo.\n\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  ASSERT_EQ(r.outline.qa.size(), items);
  EXPECT_EQ(r.outline.qa.back().answer, "No.");
}

TEST(LargeInput, HundredThousandQaLinesInOneParagraph) {
  // Pasted from the old blog: every question and answer a line of one paragraph,
  // questions hard-wrapped over two lines.
  const size_t items = scaled(100'000);
  std::string input = "# Milia\n\n## 💬 Q&A\n\n";
  for (size_t i = 1; i <= items; ++i) input += "Q" + std::to_string(i) + ". Will it\nleave a scar?\nA. No.\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  ASSERT_EQ(r.outline.qa.size(), items);
  EXPECT_EQ(r.outline.qa.back().question, "Will it leave a scar?");
  EXPECT_EQ(r.outline.qa.back().answer, "No.");
}

TEST(LargeInput, HundredThousandSummaryLines) {
  const size_t lines = scaled(100'000);
  const Rendered r = render_everything(summary_post(lines));
  expect_well_formed(r);
  ASSERT_EQ(r.outline.summary.size(), lines);
  EXPECT_EQ(r.outline.summary.back(), "Keep the skin moisturised.");
  EXPECT_EQ(count_of(r.article, "<li class=\"summary-card\""), lines);
}

TEST(LargeInput, HundredThousandKeycapSummaryLinesInOneParagraph) {
  const size_t lines = scaled(100'000);
  std::string input = "# Milia\n\n📌 핵심 정리\n";
  for (size_t i = 0; i < lines; ++i) input += std::to_string(i % 10) + "\xEF\xB8\x8F\xE2\x83\xA3 보습을 충분히 하세요.\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  ASSERT_EQ(r.outline.summary.size(), lines);
  EXPECT_EQ(r.outline.summary.back(), "보습을 충분히 하세요.");
}

TEST(LargeInput, OneMegabyteLinkUrl) {
  const std::string url = "https://example.com/" + std::string(1u << 20, 'a');
  const Rendered r = render_everything("---\ntitle: Links\n---\nSee [the clinic](" + url + " \"Clinic\") or <" + url +
                                       ">.\n\n![photo](" + url + ")\n");
  expect_well_formed(r);
  EXPECT_EQ(count_of(r.plain, "href=\"" + url + "\""), 2u);
  EXPECT_EQ(count_of(r.plain, "<img src=\"" + url + "\" alt=\"photo\">"), 1u);
  // The link, the autolink (target and text) and the image.
  EXPECT_EQ(count_of(r.article, url), 4u);
}

TEST(LargeInput, OneMegabyteUrlWithCharactersToEscape) {
  const std::string path = repeated("a b\"'&", (1u << 20) / 6);
  const Rendered r = render_everything("[link](<https://example.com/" + path + ">)\n");
  expect_well_formed(r);
  EXPECT_NE(r.plain.find("href=\"https://example.com/" + repeated("a%20b%22%27&amp;", 4)), std::string::npos);
  EXPECT_NE(r.plain.find(">link</a>"), std::string::npos);
}

TEST(LargeInput, ManyReferencesToOneLongUrlStayBounded) {
  // md4c caps the output of repeated reference links; our HTML must not grow
  // with the square of the input either.
  const std::string input = "[x]: /" + std::string(20'000, 'u') + "\n\n" + repeated("[x] ", 20'000) + "\n";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(count_of(r.plain, "[x]") + count_of(r.plain, ">x</a>"), 20'000u);
}

TEST(LargeInput, TenThousandImages) {
  std::string input = "# Gallery\n\n";
  const size_t images = 10'000;
  for (size_t i = 0; i < images; ++i) input += "![before " + std::to_string(i) + "](img/" + std::to_string(i) + ".jpg) ";
  const Rendered r = render_everything(input);
  expect_well_formed(r);
  EXPECT_EQ(count_of(r.plain, "<img src=\"img/"), images);
  EXPECT_EQ(count_of(r.article, "<img src=\"img/"), images);
  EXPECT_NE(r.article.find("<img src=\"img/9999.jpg\" alt=\"before 9999\">"), std::string::npos);
  EXPECT_EQ(count_nodes(r.post, NodeKind::Image), images);
}

TEST(LargeInput, HundredThousandSectionsWithTheSameHeading) {
  const size_t sections = scaled(100'000);
  const Rendered r = render_everything("# T\n\n" + repeated("## Notes\n\nText.\n\n", sections));
  expect_well_formed(r);
  ASSERT_EQ(r.outline.sections.size(), sections);
  EXPECT_EQ(r.outline.sections[0].id, "notes");
  EXPECT_EQ(r.outline.sections.back().id, "notes-" + std::to_string(sections));
}

TEST(LargeInput, WideAndLongTables) {
  const auto table = [](size_t columns) {
    return repeated("| h ", columns) + "|\n" + repeated("|---", columns) + "|\n" + repeated("| c ", columns) + "|\n";
  };
  const Rendered wide = render_everything(table(128));
  expect_well_formed(wide);
  EXPECT_EQ(count_of(wide.plain, "<th>"), 128u);
  EXPECT_EQ(count_of(wide.plain, "<td>"), 128u);
  // md4c reads a table of more than 128 columns as a paragraph: the text stays.
  const Rendered wider = render_everything(table(10'000));
  expect_well_formed(wider);
  EXPECT_EQ(count_of(wider.plain, "<th>"), 0u);
  EXPECT_EQ(count_of(wider.plain, "| c "), 10'000u);
  const size_t rows = scaled(100'000);
  const Rendered tall = render_everything("| a | b |\n|---|---|\n" + repeated("| 1 | 2 |\n", rows));
  expect_well_formed(tall);
  EXPECT_EQ(count_of(tall.plain, "<tr>"), rows + 1);
}

}  // namespace
}  // namespace clinic::robustness

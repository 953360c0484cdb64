// Each lint rule with a post that triggers it and one that does not.
#include "core/lint_post.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/lint_report.h"

namespace clinic {
namespace {

constexpr const char* kTitled = "---\ntitle: A post\n---\n\n";

std::vector<LintDiagnostic> of_rule(std::string_view input, std::string_view rule, const LintOptions& options = {}) {
  std::vector<LintDiagnostic> found = lint_post(input, options);
  std::erase_if(found, [&](const LintDiagnostic& d) { return d.rule != rule; });
  return found;
}

std::vector<uint32_t> lines_of(const std::vector<LintDiagnostic>& found) {
  std::vector<uint32_t> lines;
  for (const LintDiagnostic& d : found) lines.push_back(d.line);
  return lines;
}

std::string titled(std::string_view body) { return kTitled + std::string(body); }

TEST(LintPost, NoTitle) {
  const auto found = of_rule("Just a first line.\n\nMore text.\n", "no-title");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 1u);
  EXPECT_EQ(found[0].severity, Diagnostic::Severity::Warning);
  EXPECT_NE(found[0].message.find("Just a first line."), std::string::npos);  // what the reader fell back to
  EXPECT_EQ(of_rule("---\nauthor: Kim\n---\n## Section\n\ntext\n", "no-title").size(), 1u);
  EXPECT_EQ(of_rule("---\ntitle:\n---\ntext\n", "no-title").size(), 1u);
}

TEST(LintPost, TitleFromFrontMatterOrLeadingH1IsExplicit) {
  EXPECT_TRUE(of_rule(titled("text\n"), "no-title").empty());
  EXPECT_TRUE(of_rule("# Milia\n\ntext\n", "no-title").empty());
  EXPECT_TRUE(of_rule("---\nauthor: Kim\n---\n\nMilia\n=====\n\ntext\n", "no-title").empty());
}

TEST(LintPost, QaHeadingWithoutQuestions) {
  const auto found = of_rule(titled("Intro.\n\n## 💬 Q&A\n\nAsk us anything at the desk.\n"), "qa-without-questions");
  EXPECT_EQ(lines_of(found), std::vector<uint32_t>{7});
  EXPECT_NE(found[0].message.find("💬 Q&A"), std::string::npos);
  EXPECT_TRUE(of_rule(titled("## 💬 Q&A\n\n**Q1. Does it hurt?**\n👉 No.\n"), "qa-without-questions").empty());
}

TEST(LintPost, QuestionWithoutAnswer) {
  const std::string post = titled("## FAQ\n\n**Q1. Does it hurt?**\n\n**Q2. How long?**\n👉 Ten minutes.\n");
  const auto found = of_rule(post, "question-without-answer");
  EXPECT_EQ(lines_of(found), std::vector<uint32_t>{7});
  EXPECT_NE(found[0].message.find("Does it hurt?"), std::string::npos);
  EXPECT_TRUE(of_rule(titled("## FAQ\n\n**Q1. Does it hurt?**\n👉 No.\n"), "question-without-answer").empty());
}

TEST(LintPost, SummaryWithOneCard) {
  EXPECT_EQ(lines_of(of_rule(titled("## 📌 Summary\n\n1️⃣ Only this.\n"), "summary-single-card")),
            std::vector<uint32_t>{5});
  EXPECT_TRUE(of_rule(titled("## 📌 Summary\n\n1️⃣ This.\n2️⃣ That.\n"), "summary-single-card").empty());
}

TEST(LintPost, SummaryWithoutCards) {
  EXPECT_EQ(of_rule(titled("## 요약\n\n그냥 문단입니다.\n"), "summary-without-cards").size(), 1u);
  EXPECT_TRUE(of_rule(titled("## 요약\n\n- 하나\n- 둘\n"), "summary-without-cards").empty());
}

TEST(LintPost, UnsafeTargetIsAnError) {
  const std::string post = titled("Fine [link](https://example.com).\n\nBad [click me](javascript:alert(1)).\n"
                                  "![x](vbscript:run) and [](JaVaScRiPt:void(0))\n");
  const auto found = of_rule(post, "unsafe-target");
  EXPECT_EQ(lines_of(found), (std::vector<uint32_t>{7, 8, 8}));
  EXPECT_EQ(found[0].severity, Diagnostic::Severity::Error);
  EXPECT_NE(found[0].message.find("click me"), std::string::npos);
  EXPECT_TRUE(has_errors(lint_post(post)));
  EXPECT_TRUE(of_rule(titled("[ok](https://example.com) ![ok](data:image/png;base64,AAAA)\n"), "unsafe-target").empty());
}

TEST(LintPost, ImageWithoutAlt) {
  const auto found = of_rule(titled("Some text on line five\n![](mole.png) and ![ ](x.png)\n"), "image-without-alt");
  EXPECT_EQ(lines_of(found), (std::vector<uint32_t>{6, 6}));
  EXPECT_TRUE(of_rule(titled("![a flat brown mole](mole.png)\n"), "image-without-alt").empty());
}

TEST(LintPost, CharactersNoFontCanDraw) {
  const std::string post = titled("ok line\nlost \xEF\xBF\xBD here\nprivate \xEE\x80\x80 use\nbell \x07 ctl\n"
                                  "unassigned \xF1\x80\x80\x80 plane\n");
  const auto found = of_rule(post, "undrawable-character");
  EXPECT_EQ(lines_of(found), (std::vector<uint32_t>{6, 7, 8, 9}));
  EXPECT_NE(found[0].message.find("U+FFFD"), std::string::npos);
  EXPECT_NE(found[1].message.find("U+E000"), std::string::npos);
  EXPECT_EQ(found[0].severity, Diagnostic::Severity::Warning);
  // Emoji sequences (ZWJ, VS16, keycaps, skin tones), Hangul and tabs are fine.
  EXPECT_TRUE(of_rule(titled("💆‍♀️ 1️⃣ 👍🏽 ☀️ 🇰🇷 비립종\tTab\n"), "undrawable-character").empty());
}

TEST(LintPost, FontCoverageHookAddsCharactersTheFontsLack) {
  LintOptions options;
  options.coverage.has_glyph = [](char32_t cp, const void*) { return cp != U'\u263A'; };
  const std::string post = titled("smile \xE2\x98\xBA here\n");
  EXPECT_TRUE(of_rule(post, "undrawable-character").empty());
  const auto found = of_rule(post, "undrawable-character", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].message.find("U+263A"), std::string::npos);
}

TEST(LintPost, LongParagraphCountsCharactersNotBytes) {
  std::string english(1201, 'a');
  EXPECT_EQ(lines_of(of_rule(titled(english + "\n"), "long-paragraph")), std::vector<uint32_t>{5});
  EXPECT_TRUE(of_rule(titled(std::string(1200, 'a') + "\n"), "long-paragraph").empty());
  std::string korean;
  for (int i = 0; i < 1000; ++i) korean += "가";  // 3000 bytes, 1000 characters
  EXPECT_TRUE(of_rule(titled(korean + "\n"), "long-paragraph").empty());
  LintOptions strict;
  strict.max_paragraph_characters = 999;
  EXPECT_EQ(of_rule(titled(korean + "\n"), "long-paragraph", strict).size(), 1u);
}

TEST(LintPost, InvalidUtf8IsAnErrorOnItsLine) {
  const auto found = of_rule(titled("fine\nbad \xFF\xFE bytes\n"), "invalid-utf8");
  EXPECT_EQ(lines_of(found), std::vector<uint32_t>{6});
  EXPECT_EQ(found[0].severity, Diagnostic::Severity::Error);
  EXPECT_NE(found[0].message.find("2 byte"), std::string::npos);
  // Reported once: not again as a replacement character, nor as the reader's diagnostic.
  EXPECT_EQ(lint_post(titled("bad \xFF\n")).size(), 1u);
  EXPECT_TRUE(of_rule(titled("fine \xEF\xBF\xBD\n"), "invalid-utf8").empty());
}

TEST(LintPost, UnterminatedFrontMatterIsAnError) {
  const auto found = of_rule("---\ntitle: A post\n\nBody text.\n", "front-matter-unterminated");
  EXPECT_EQ(lines_of(found), std::vector<uint32_t>{1});
  EXPECT_EQ(found[0].severity, Diagnostic::Severity::Error);
  EXPECT_TRUE(of_rule(titled("Body.\n"), "front-matter-unterminated").empty());
  EXPECT_TRUE(of_rule("Body.\n\n---\n", "front-matter-unterminated").empty());
}

TEST(LintPost, FrontMatterLineThatIsNotKeyValue) {
  EXPECT_EQ(lines_of(of_rule("---\ntitle: A\nnot a field\n---\ntext\n", "front-matter")), std::vector<uint32_t>{3});
  EXPECT_TRUE(of_rule(titled("text\n"), "front-matter").empty());
}

TEST(LintPost, LineNumbersCountTheFrontMatterAndAnyLineEnding) {
  const std::string lf = "---\ntitle: A\nauthor: B\n---\n\nline six\n\n[x](javascript:1)\n";
  EXPECT_EQ(lines_of(of_rule(lf, "unsafe-target")), std::vector<uint32_t>{8});
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  EXPECT_EQ(lines_of(of_rule(crlf, "unsafe-target")), std::vector<uint32_t>{8});
  EXPECT_EQ(lines_of(of_rule("\xEF\xBB\xBF" + lf, "unsafe-target")), std::vector<uint32_t>{8});
}

TEST(LintPost, ACleanPostHasNoFindings) {
  EXPECT_TRUE(lint_post(titled("Hello.\n\n## 💬 Q&A\n\n**Q1. Why?**\n👉 Because.\n\n## 📌 Summary\n\n1️⃣ One.\n2️⃣ Two.\n"))
                  .empty());
}

TEST(LintPost, EveryRuleHasASeverityAndFindingsAreSortedByLine) {
  for (const LintRule& rule : lint_rules()) EXPECT_FALSE(rule.summary.empty()) << rule.name;
  const auto found = lint_post("[x](javascript:1)\n\n![](a.png)\n\n## Q&A\n\ntext\n");
  EXPECT_TRUE(std::is_sorted(found.begin(), found.end(),
                             [](const LintDiagnostic& a, const LintDiagnostic& b) { return a.line < b.line; }));
  EXPECT_FALSE(has_errors(lint_post("no title here\n")));
}

TEST(LintReport, JsonAndTextShapes) {
  const auto found = lint_post("---\ntitle: T\n---\n[x](javascript:1) \"quoted\"\n");
  EXPECT_EQ(lint_report_json("a \"b\".md", found),
            "{\"file\": \"a \\\"b\\\".md\", \"diagnostics\": [\n  {\"line\": 4, \"severity\": \"error\", \"rule\": "
            "\"unsafe-target\", \"message\": " +
                [&] {
                  std::string m = "\"";
                  for (char c : found[0].message) m += c == '"' ? std::string("\\\"") : std::string(1, c);
                  return m + "\"";
                }() +
                "}\n]}\n");
  EXPECT_EQ(lint_report_json("x.md", {}), "{\"file\": \"x.md\", \"diagnostics\": []}\n");
  EXPECT_EQ(lint_report_text("x.md", found), "x.md:4: error: " + found[0].message + " [unsafe-target]\n");
}

}  // namespace
}  // namespace clinic

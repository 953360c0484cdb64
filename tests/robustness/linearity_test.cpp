// Time linear in the input: for each shape of input whose cost could grow
// faster (deep nesting, long lines, emphasis markers, many items, long prose),
// doubling the input at most about doubles the work of reading and rendering it.
//
// The measure is this thread's CPU time over several alternating runs in the
// same test (robustness_support.h); the limit is a ratio, never a number of seconds.
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "robustness/robustness_support.h"

namespace clinic::robustness {
namespace {

#if defined(__GLIBC__)
// With glibc's default thresholds the larger input's buffers are mapped and
// unmapped on every run, and the page faults that follow cost more per byte
// than the smaller input's reused heap: a ratio of 2.7 for linear code. Keeping
// freed memory in the process times our code, not the allocator's thresholds.
[[maybe_unused]] const bool kMallocKeepsMemory = [] {
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  return true;
}();
#endif

// Sizes are chosen so that the larger input takes a few milliseconds in an
// optimised build: long enough to time, short enough to repeat.
size_t base(size_t n) { return scaled(n, 4); }

void expect_linear(const char* shape, const std::function<std::string(size_t)>& make, size_t n) {
  const Growth g = best_growth(make, n);
  std::printf("[ growth   ] %-28s %9zu bytes %8.2f ms, doubled %8.2f ms: x%.2f\n", shape, g.small_bytes, g.small_ms,
              g.large_ms, g.ratio);
  ::testing::Test::RecordProperty(std::string("growth_") + shape, std::to_string(g.ratio));
  EXPECT_LE(g.ratio, kMaxGrowth) << shape << ": " << g.small_ms << " ms for " << g.small_bytes << " bytes, "
                                   << g.large_ms << " ms for twice as much";
}

TEST(Linearity, LongProse) {
  expect_linear("long prose", [](size_t n) { return prose(n); }, base(96 << 10));
}

TEST(Linearity, LongSingleLine) {
  expect_linear("long line", [](size_t n) { return repeated("word ", n / 5); }, base(128 << 10));
}

TEST(Linearity, LongLineOfEmojiAfterALetter) {
  // Every emoji in a title candidate used to be rescanned to the end of the run.
  expect_linear("emoji line", [](size_t n) { return "a" + repeated("😀", n / 4) + "\n"; }, base(64 << 10));
}

TEST(Linearity, LongHeadingOfEmoji) {
  expect_linear("emoji heading", [](size_t n) { return "# T\n\n## a" + repeated("😀", n / 4) + "\n\nText.\n"; },
                base(64 << 10));
}

TEST(Linearity, DeeplyNestedQuotes) {
  expect_linear("nested quotes", [](size_t n) { return repeated("> ", n / 2) + "text\n"; }, base(64 << 10));
}

TEST(Linearity, DeeplyNestedLists) {
  expect_linear("nested lists", [](size_t n) { return repeated("- ", n / 2) + "text\n"; }, base(64 << 10));
}

TEST(Linearity, DeepNestingInASummaryCard) {
  expect_linear("nested in summary card",
                [](size_t n) { return "# T\n\n## Summary\n\n- " + repeated(">", n) + " text\n"; }, base(64 << 10));
}

TEST(Linearity, NestedEmphasis) {
  expect_linear("nested emphasis",
                [](size_t n) { return repeated("*a **a ", n / 14) + "b" + repeated(" a** a*", n / 14); },
                base(128 << 10));
}

TEST(Linearity, UnmatchedEmphasisMarkers) {
  expect_linear("unmatched emphasis", [](size_t n) { return repeated("*a_ ", n / 4); }, base(64 << 10));
  expect_linear("emphasis openers", [](size_t n) { return repeated("a***", n / 4); }, base(64 << 10));
}

TEST(Linearity, UnmatchedBrackets) {
  expect_linear("nested brackets", [](size_t n) { return repeated("[", n / 2) + "a" + repeated("]", n / 2); },
                base(64 << 10));
  expect_linear("broken links", [](size_t n) { return repeated("[ (](", n / 5); }, base(64 << 10));
}

TEST(Linearity, ManyQaItems) {
  expect_linear("qa items", [](size_t n) { return qa_post(n / 80); }, base(128 << 10));
}

TEST(Linearity, ManyPastedQaLinesInOneParagraph) {
  // Questions hard-wrapped with no answer line: each used to look for an answer to the paragraph's end.
  expect_linear("pasted qa lines",
                [](size_t n) {
                  std::string out = "# T\n\n## 💬 Q&A\n\n";
                  while (out.size() < n) out += "Q" + std::to_string(out.size()) + ". Why does it\nhappen\n";
                  return out;
                },
                base(64 << 10));
}

TEST(Linearity, ManySummaryLines) {
  expect_linear("summary lines", [](size_t n) { return summary_post(n / 30); }, base(128 << 10));
}

TEST(Linearity, ManySectionsWithOneHeading) {
  // Anchor ids used to count up from 2 for every repeat of a heading.
  expect_linear("repeated headings", [](size_t n) { return "# T\n\n" + repeated("## Notes\n\nText.\n\n", n / 18); },
                base(64 << 10));
}

TEST(Linearity, ManyImagesAndLinks) {
  expect_linear("images", [](size_t n) { return repeated("![alt](img.png) ", n / 16); }, base(128 << 10));
  expect_linear("links", [](size_t n) { return repeated("[a](http://x.com/y) ", n / 20); }, base(128 << 10));
}

TEST(Linearity, LongTable) {
  expect_linear("table rows", [](size_t n) { return "| a | b |\n|---|---|\n" + repeated("| x | y |\n", n / 10); },
                base(64 << 10));
}

TEST(Linearity, InvalidUtf8AndNuls) {
  expect_linear("invalid utf-8 and nul", [](size_t n) { return repeated(std::string("ab\xFF\0c\xC3", 6), n / 6); },
                base(128 << 10));
}

}  // namespace
}  // namespace clinic::robustness

// "Nothing of the content lost or reordered", checked word by word: what the
// words are on either side is in import_words.h (the import fuzz target checks
// the same property on any bytes).
#include <filesystem>

#include "import_test_support.h"
#include "import_words.h"

namespace clinic {
namespace {

using testing::Strings;
using import_words::input_words;
using import_words::output_words;

void expect_same_words(std::string_view text, const std::string& name) {
  const std::string markdown = import_plain_text(text).markdown;
  const Strings in = input_words(text);
  const Strings out = output_words(markdown);
  EXPECT_FALSE(in.empty()) << name;
  if (in == out) return;
  size_t k = 0;
  while (k < in.size() && k < out.size() && in[k] == out[k]) ++k;
  ADD_FAILURE() << name << ": the words differ at word " << k << ": input \""
                << (k < in.size() ? in[k] : "(end)") << "\", output \"" << (k < out.size() ? out[k] : "(end)")
                << "\"\n--- imported Markdown ---\n"
                << markdown;
}

TEST(ImportWords, SeedPostKeepsEveryWordInOrder) { expect_same_words(testing::seed_text(), "seed"); }

TEST(ImportWords, EveryImportCorpusPostKeepsEveryWordInOrder) {
  size_t posts = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::import_posts_dir())) {
    if (entry.path().extension() != ".txt") continue;
    ++posts;
    expect_same_words(testing::read_file(entry.path().string()), entry.path().filename().string());
  }
  EXPECT_GE(posts, 6u);
}

TEST(ImportWords, MarkdownSpecialCharactersComeThroughLiterally) {
  const char* const cases[] = {
      "# not a heading", "#1 tip", "- not a list", "-5 degrees", "+ plus", "* star *emphasis* _under_",
      "> not a quote", "1. not a list", "12) nor this", "1.5mm is small", "===", "---", "***", "___",
      "`code` and ``more``", "<b>tag</b> <https://example.com>", "[text](javascript:alert(1)) ![alt](x.png)",
      "[ref]: https://example.com", "~~strike~~ and 1~2주", "a | b | c", "&amp; &copy; &#169; &#x41; & AT&T",
      "C:\\path\\to\\file \\*", "trailing backslash \\", "snake_case_words and __dunder__",
      "www.example.com/a_b and https://example.com/*x*", "~~~", "```", "    indented", "\tTabbed",
      "Setext line", "Q&A: Q1. A. 👉 1️⃣ are only words here",
  };
  std::string text = "A title line\n\n";
  for (const char* line : cases) text.append(line).append("\n\n");
  expect_same_words(text, "specials, each its own paragraph");
  std::string run_on = "A title line\n";
  for (const char* line : cases) run_on.append("Text that runs on and\n").append(line).append("\n");
  expect_same_words(run_on, "specials, inside wrapped sentences");
}

TEST(ImportWords, OddInputsKeepTheirWords) {
  expect_same_words("Title\r\nline one\rline two\r\n", "CR and CRLF");
  expect_same_words("\xEF\xBB\xBFTitle\nbad \xFF bytes \xC3 here\n", "BOM and bytes that are not UTF-8");
  expect_same_words(std::string("Title\nnul \0 byte\n", 17), "NUL");
  expect_same_words("Home > Blog > Milia\nBack to Blogs\nTitle\ntext\n\n\nNext\n\n", "crumbs at both ends");
  expect_same_words("\xC2\xA0Title\xC2\xA0\n\xE3\x80\x80text\n", "no-break and ideographic spaces");
}

// Posts assembled from the pieces scraped posts are made of, in every order: a
// deterministic generator, so a failure names its seed.
TEST(ImportWords, GeneratedPostsKeepEveryWordInOrder) {
  const char* const pieces[] = {
      "Back to Blogs", "", "", "Hello.", "This is Chief Director Kim Ha-won.", "안녕하세요.", "대표원장 김하원입니다.",
      "💡 What are milia?", "💬 Q&A", "💬 자주 묻는 질문", "📌 Today's Summary", "📝 정리", "FAQ", "요약",
      "Q1. How many sessions", "are needed?", "Q2. 아픈가요?", "질문: 언제 하나요?", "👉 Usually one.", "A) Yes.",
      "답변: 바로 됩니다.", "1️⃣ First card.", "2️⃣ Second card", "3. Third card.", "🧴Cleansing", "🧴 Moisturizing",
      "✅ 자외선 차단", "Milia are small bumps that", "appear on the skin.", "비립종은 작고 단단한", "병변입니다.",
      "- dash line", "# hash line", "> quote line", "* star *line*", "1. numbered", "=====", "`tick` <tag> [x](y)",
      "a | b ~c~ _d_ &amp;", "C:\\path\\", "Thank you for reading.", "This has been Kim Ha-won from the clinic.",
      "감사합니다.", "비립종 피부과 김하원이었습니다.", "⚠️ Do not squeeze", "them at home!", "❓ Does it hurt?",
      "https://example.com/a_b", "#해시 #태그", "Next",
  };
  constexpr size_t kPieces = std::size(pieces);
  uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return state >> 8;
  };
  for (int post = 0; post < 400; ++post) {
    const uint32_t seed = state;
    std::string text = "A title\n";
    const uint32_t lines = 3 + next() % 30;
    for (uint32_t l = 0; l < lines; ++l) text.append(pieces[next() % kPieces]).push_back('\n');
    expect_same_words(text, "generated post, seed " + std::to_string(seed));
    if (::testing::Test::HasFailure()) break;
  }
}

}  // namespace
}  // namespace clinic

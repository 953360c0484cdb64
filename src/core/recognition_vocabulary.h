// The words and markers structure recognition looks for, in English and Korean.
// One place for every recognised spelling: add a new one here, and a test.
#pragma once

#include <string>
#include <string_view>

namespace clinic::vocabulary {

// A line led by an emoji is a title only when at most this long (code points
// after the emoji); a plain line naming a Q&A or summary, at most the second.
inline constexpr size_t kMaxEmojiTitleCodepoints = 60;
inline constexpr size_t kMaxPlainTitleCodepoints = 40;
// A post with no front matter title and no heading takes its first line as
// the title only up to this length: a longer line is prose (a pasted post can
// be one long paragraph).
inline constexpr size_t kMaxTitleLineCodepoints = 150;

// Heading text reduced for comparison: leading emoji dropped, ASCII lower-cased,
// punctuation and white space removed ('&' kept: "Q & A" -> "q&a").
std::string comparable_title(std::string_view heading);

bool is_qa_title(std::string_view heading);       // "💬 Q&A", "FAQ", "자주 묻는 질문", ...
bool is_summary_title(std::string_view heading);  // "📌 Today's Summary", "TL;DR", "핵심 정리", ...

// Both questions at once, the heading reduced once: recognition asks them of
// every heading and of every line that may be one.
enum class SpecialTitle : unsigned char { None, Qa, Summary };
SpecialTitle special_title(std::string_view heading);

// Page furniture left over from scraping a blog or saving its page, on a line of
// its own: navigation ("Back to Blogs", "블로그 목록으로", "Home > Blog > Milia",
// "이전글 …", "Next post: …"), buttons ("Share", "공유하기", "이웃추가") and
// counters ("조회수 1,234", "공감 5 댓글 3", "Comments (3)").
bool is_scrape_debris(std::string_view line);

// True when a class or id attribute names page chrome: one of its words
// (split at spaces, '-' and '_') is a chrome word ("share-buttons",
// "post_footer", "u_likeit_list", "board_btn", "breadcrumb").
bool is_chrome_name(std::string_view names);

// Bytes of a question marker at the start of `line` ("Q1. ", "Q) ", "Q: ",
// "질문: "), white space after it included; 0 when there is none.
size_t question_marker_length(std::string_view line);

// Bytes of an answer marker at the start of `line` ("👉 ", "A. ", "A) ", "A: ",
// "답변: "), white space after it included; 0 when there is none.
size_t answer_marker_length(std::string_view line);

// Bytes of a summary-card numbering at the start of `line` (a keycap emoji, or
// "1." / "1)"), white space after it included; 0 when there is none.
size_t card_marker_length(std::string_view line);

// True when the line ends a sentence (., !, ?, 。, …): a hard-wrapped line that
// does not is continued by the next one.
bool ends_sentence(std::string_view line);

// True when the line ends like a question.
bool ends_question(std::string_view line);

}  // namespace clinic::vocabulary

#include "recognition_vocabulary.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "emoji_scan.h"
#include "utf8.h"

namespace clinic::vocabulary {
namespace {

// Compared against comparable_title(): lower case, no spaces or punctuation.
// A heading is a Q&A heading when it contains one of these...
constexpr std::array<std::string_view, 13> kQaPhrases = {
    "q&a", "qna", "faq", "frequentlyaskedquestions", "questionsandanswers", "questionsanswers",
    "자주묻는질문", "자주하는질문", "자주하시는질문", "질문과답변", "질의응답", "묻고답하기", "궁금증해결"};
// ...or is exactly one of these.
constexpr std::array<std::string_view, 7> kQaTitles = {
    "questions", "commonquestions", "yourquestions", "yourquestionsanswered", "질문", "궁금한점", "궁금해요"};

// A summary heading is one of these, alone or after one of the qualifiers below.
// (Containment would be wrong: "Key points when choosing a clinic" is a section.)
constexpr std::array<std::string_view, 17> kSummaryTitles = {
    "summary", "insummary", "keytakeaways", "takeaways", "keypoints", "tldr", "recap", "inshort",
    "요약", "정리", "핵심정리", "한눈에정리", "요약정리", "핵심요약", "세줄요약", "한줄요약", "정리하면"};
constexpr std::array<std::string_view, 8> kSummaryQualifiers = {
    "", "today's", "todays", "quick", "final", "오늘의", "오늘", "마무리"};

// Navigation and page furniture left on a line of its own by a scrape or a
// saved page, compared whole (comparable_title() form), English and Korean.
constexpr std::string_view kDebris[] = {
    "backtoblogs", "backtoblog", "backtolist", "backtotop", "back", "home", "menu", "blog", "list",
    "previous", "next", "prev", "previouspost", "nextpost", "share", "sharethis", "sharethispost", "shareon",
    "like", "likes", "comments", "comment", "leaveacomment", "leaveareply", "reply", "relatedposts",
    "relatedarticles", "youmayalsolike", "readmore", "print", "subscribe", "top", "skiptocontent",
    "acceptcookies", "accept", "acceptall",
    "목록", "목록으로", "목록보기", "블로그목록", "블로그목록으로", "목록으로돌아가기", "블로그로돌아가기",
    "뒤로가기", "이전글", "다음글", "이웃추가", "서로이웃추가", "공유하기", "공유", "공감", "공감하기", "댓글",
    "댓글쓰기", "스크랩", "인쇄", "신고", "신고하기", "맨위로", "관련글", "관련포스트", "추천글", "인기글",
    "url복사", "좋아요", "구독", "구독하기", "홈", "본문바로가기", "전체보기", "카테고리", "로그인", "회원가입"};

// "Previous post: …", "이전글 여드름 흉터": a label leading the title of another post.
constexpr std::string_view kOtherPostLabels[] = {
    "이전글", "다음글", "이전포스트", "다음포스트", "previouspost", "nextpost", "previousarticle", "nextarticle"};

// Counters: "조회수 1,234", "공감 5 댓글 3", "Comments (3)", "12 likes".
constexpr std::string_view kCounterLabels[] = {
    "조회수", "조회", "공감", "댓글", "좋아요", "스크랩", "공유", "추천", "hits", "views", "view",
    "likes", "like", "comments", "comment", "shares", "replies"};
constexpr std::string_view kCounterUnits[] = {"개", "회", "건", "명"};

// Words of class and id names that mark page chrome ("share-buttons",
// "post_footer", "u_likeit_list", "board_btn", "location").
constexpr std::string_view kChromeNameWords[] = {
    "nav", "navi", "navigation", "menu", "gnb", "lnb", "snb", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
    "location", "sidebar", "aside", "share", "sharing", "sharedaddy", "sns", "social",
    "like", "likes", "likeit", "sympathy", "comment", "comments", "reply", "replies", "respond", "related",
    "recommend", "popular", "pagination", "pager", "paging", "prev", "next", "prevnext", "cookie", "cookies",
    "consent", "gdpr", "banner", "footer", "foot", "copyright", "header", "count", "counter", "cnt", "hit",
    "hits", "views", "btn", "btns", "button", "buttons", "toolbar", "util", "utility", "print", "subscribe",
    "newsletter", "popup", "modal", "ad", "ads", "advert", "advertisement", "sponsor", "login", "search",
    "skip", "meta", "byline", "author", "writer", "date", "buddy", "neighbor", "profile", "tag", "tags",
    "hashtag", "category", "categories", "nick", "publishdate", "relatedposts", "relatedpost", "toc"};

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && is_ascii_space(s[i])) ++i;
  return i;
}

// Short strings compared byte by byte, in line: string_view's == and find()
// call musl's memcmp and memchr, byte loops behind a call in WebAssembly, and
// the titles are checked against dozens of words (special_title() was a
// third of a heading's recognition).
bool same(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

bool contains(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return true;
  for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    if (haystack[i] == needle[0] && same(haystack.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

bool ends_with(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && same(s.substr(s.size() - end.size()), end);
}

template <typename List>
bool one_of(std::string_view s, const List& list) {
  for (std::string_view item : list) {
    if (same(s, item)) return true;
  }
  return false;
}

// "Q", "Q1", "A", "A2", "질문", "답변", "답" at `i`: a letter word then optional
// digits, then one of . ) : (full-width too). Returns the marker's length
// (from the line's start) or 0.
size_t lettered_marker(std::string_view line, size_t i, std::string_view word) {
  if (!same(line.substr(i, word.size()), word)) return 0;
  i += word.size();
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  i = skip_spaces(line, i);
  if (i < line.size() && (line[i] == '.' || line[i] == ')' || line[i] == ':')) {
    ++i;
  } else if (same(line.substr(i, 3), "\xEF\xBC\x9A") || same(line.substr(i, 3), "\xEF\xBC\x8E")) {  // ： ．
    i += 3;
  } else {
    return 0;
  }
  return skip_spaces(line, i);
}

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  // Closing quotes, brackets and emphasis do not hide the sentence's end.
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == '*')) s.remove_suffix(1);
  return s;
}

// Room comparable_into() needs: never longer than the heading (’ becomes one
// byte), nor than the limit and one code point.
size_t comparable_room(std::string_view heading, size_t limit) { return std::min(heading.size(), limit + 4); }

// Writes comparable_title(heading) to `out` (comparable_room() bytes) and
// returns its length, or npos once it grows past `limit` bytes. Written
// through a pointer, since a push_back per character is a library call in
// WebAssembly.
size_t comparable_into(std::string_view heading, size_t limit, char* out) {
  size_t i = skip_spaces(heading, 0);
  while (const size_t e = leading_emoji_length(heading.substr(i))) i = skip_spaces(heading, i + e);
  char* const begin = out;
  char* w = begin;
  while (i < heading.size()) {
    if (static_cast<size_t>(w - begin) > limit) return std::string_view::npos;
    const size_t start = i;
    const char32_t cp = utf8::next(heading, i);
    if (cp < 0x80) {
      const char c = static_cast<char>(cp);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '&' || c == '\'') *w++ = c;
      else if (c >= 'A' && c <= 'Z') *w++ = static_cast<char>(c - 'A' + 'a');
    } else if (cp == 0x2019) {
      *w++ = '\'';  // today’s
    } else if (cp >= 0xAC00 || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F) ||
               (cp >= 0xC0 && cp <= 0x24F)) {
      // Only this code point is looked at: a long run of emoji would otherwise
      // be rescanned from every position in it.
      if (!leading_emoji_length(heading.substr(start, i - start))) {
        std::memcpy(w, heading.data() + start, i - start);
        w += i - start;
      }
    }
  }
  if (static_cast<size_t>(w - begin) > limit) return std::string_view::npos;
  return static_cast<size_t>(w - begin);
}

// comparable_title(), giving up (empty) once it grows past `limit` bytes.
std::string comparable_prefix(std::string_view heading, size_t limit) {
  std::string out(comparable_room(heading, limit), '\0');
  const size_t n = comparable_into(heading, limit, out.data());
  if (n == std::string_view::npos) return {};
  out.resize(n);
  return out;
}

// The longest entry of kDebris: a line that compares longer is not debris.
constexpr size_t kLongestDebris = [] {
  size_t n = 0;
  for (std::string_view item : kDebris) n = std::max(n, item.size());
  return n;
}();
// Counter lines are a few labels and numbers.
constexpr size_t kLongestCounters = 60;

size_t digits_at(std::string_view t, size_t i) {
  size_t j = i;
  while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
  return j - i;
}

size_t prefix_in(std::string_view t, size_t i, const auto& list) {
  size_t best = 0;
  for (std::string_view item : list) {
    if (item.size() > best && t.substr(i, item.size()) == item) best = item.size();
  }
  return best;
}

// One or more "label number" or "number label" pairs, nothing else.
bool is_counter_line(std::string_view t) {
  size_t i = 0;
  size_t pairs = 0;
  while (i < t.size()) {
    if (const size_t label = prefix_in(t, i, kCounterLabels); label > 0 && digits_at(t, i + label) > 0) {
      i += label + digits_at(t, i + label);
    } else if (const size_t digits = digits_at(t, i); digits > 0 && prefix_in(t, i + digits, kCounterLabels) > 0) {
      i += digits + prefix_in(t, i + digits, kCounterLabels);
    } else {
      return false;
    }
    i += prefix_in(t, i, kCounterUnits);
    ++pairs;
  }
  return pairs > 0;
}

// "이전글 여드름 흉터 치료", "Next post: …": the label stands apart from what
// follows ("이전글에서 말씀드린" is prose), and the line is no finished sentence.
bool is_other_post_link(std::string_view line, std::string_view t) {
  const size_t label = prefix_in(t, 0, kOtherPostLabels);
  if (label == 0 || t.size() == label || ends_sentence(line)) return false;
  // Where the label ends in the line as written ("← 이전 글:", "Previous Post"):
  // its letters matched in order, skipping what comparable_title() drops.
  const std::string_view want = t.substr(0, label);
  size_t after = 0;
  size_t k = 0;
  while (k < want.size() && after < line.size()) {
    char c = line[after];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == want[k]) {
      ++after;
      ++k;
    } else if (static_cast<unsigned char>(c) < 0x80 && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) {
      ++after;
    } else if (const size_t e = leading_emoji_length(line.substr(after))) {
      after += e;
    } else if (same(line.substr(after, 3), "\xE2\x86\x90") || same(line.substr(after, 3), "\xE2\x86\x92")) {  // ← →
      after += 3;
    } else {
      return false;
    }
  }
  if (k < want.size()) return false;
  return after >= line.size() || line[after] == ' ' || line[after] == ':' || line[after] == '|' ||
         same(line.substr(after, 3), "\xEF\xBC\x9A");  // ：
}

}  // namespace

std::string comparable_title(std::string_view heading) { return comparable_prefix(heading, heading.size()); }

namespace {

bool is_comparable_qa_title(std::string_view t) {
  if (t.empty()) return false;
  for (std::string_view phrase : kQaPhrases) {
    if (contains(t, phrase)) return true;
  }
  return one_of(t, kQaTitles);
}

bool is_comparable_summary_title(std::string_view t) {
  for (std::string_view title : kSummaryTitles) {
    if (ends_with(t, title) && one_of(t.substr(0, t.size() - title.size()), kSummaryQualifiers)) return true;
  }
  return false;
}

}  // namespace

bool is_qa_title(std::string_view heading) { return is_comparable_qa_title(comparable_title(heading)); }

bool is_summary_title(std::string_view heading) { return is_comparable_summary_title(comparable_title(heading)); }

SpecialTitle special_title(std::string_view heading) {
  // On the stack: asked of every heading and of every line that may be one,
  // which are short; a long one takes a string.
  char small[256];
  std::string large;
  char* out = small;
  if (comparable_room(heading, heading.size()) > sizeof small) {
    large.resize(comparable_room(heading, heading.size()));
    out = large.data();
  }
  const std::string_view t(out, comparable_into(heading, heading.size(), out));
  return is_comparable_qa_title(t) ? SpecialTitle::Qa : is_comparable_summary_title(t) ? SpecialTitle::Summary : SpecialTitle::None;
}

bool is_scrape_debris(std::string_view line) {
  // Bounded: pasted posts can be one huge line.
  const std::string t = comparable_prefix(line, kLongestDebris);
  if (!t.empty() && one_of(t, kDebris)) return true;
  if (line.size() < 200) {
    const std::string counters = comparable_prefix(line, kLongestCounters);
    if (!counters.empty() && is_counter_line(counters)) return true;
    if (is_other_post_link(line, comparable_title(line))) return true;
  }
  // Breadcrumbs: "Home > Blog > Milia", "홈 › 건강정보".
  return (contains(line, " > ") || contains(line, " \xE2\x80\xBA ") || contains(line, " \xC2\xBB ")) && line.size() < 80;
}

bool is_chrome_name(std::string_view names) {
  size_t i = 0;
  while (i < names.size()) {
    while (i < names.size() && (is_ascii_space(names[i]) || names[i] == '-' || names[i] == '_')) ++i;
    const size_t start = i;
    while (i < names.size() && !is_ascii_space(names[i]) && names[i] != '-' && names[i] != '_') ++i;
    if (i == start || i - start > 24) continue;
    std::string word(names.substr(start, i - start));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    if (one_of(word, kChromeNameWords)) return true;
  }
  return false;
}

// The marker functions below look at the first byte before anything else:
// recognition asks them of every line (most of which start with a letter),
// and each try was a call and a compare.
size_t question_marker_length(std::string_view line) {
  const size_t i = skip_spaces(line, 0);
  if (i == line.size()) return 0;
  switch (static_cast<unsigned char>(line[i])) {
    case 'Q': return lettered_marker(line, i, "Q");
    case 0xEF: return lettered_marker(line, i, "\xEF\xBC\xB1");  // Ｑ
    case 0xEC: return lettered_marker(line, i, "질문");
    default: return 0;
  }
}

size_t answer_marker_length(std::string_view line) {
  const size_t i = skip_spaces(line, 0);
  if (i == line.size()) return 0;
  switch (static_cast<unsigned char>(line[i])) {
    case 0xF0:
      if (!same(line.substr(i, 4), "\xF0\x9F\x91\x89")) return 0;  // 👉, with any skin tone or selector
      return skip_spaces(line, i + leading_emoji_length(line.substr(i)));
    case 0xE2:
      if (!same(line.substr(i, 3), "\xE2\x9E\xA1") && !same(line.substr(i, 3), "\xE2\x86\x92")) return 0;  // ➡️ →
      return skip_spaces(line, i + leading_emoji_length(line.substr(i)));
    case 'A': return lettered_marker(line, i, "A");
    case 0xEB:  // 답
      if (const size_t n = lettered_marker(line, i, "답변")) return n;
      return lettered_marker(line, i, "답");
    default: return 0;
  }
}

size_t card_marker_length(std::string_view line) {
  const size_t i = skip_spaces(line, 0);
  // A keycap digit, 🔟 (F0) or "1." / "1)".
  if (i == line.size() || ((line[i] < '0' || line[i] > '9') && static_cast<unsigned char>(line[i]) != 0xF0)) return 0;
  size_t keycap = 0;
  if (leading_keycap_number(line.substr(i), &keycap) >= 0) return skip_spaces(line, i + keycap);
  size_t j = i;
  while (j < line.size() && j - i < 2 && line[j] >= '0' && line[j] <= '9') ++j;
  if (j > i && j < line.size() && (line[j] == '.' || line[j] == ')') && j + 1 < line.size() &&
      is_ascii_space(line[j + 1])) {
    return skip_spaces(line, j + 1);
  }
  return 0;
}

bool ends_sentence(std::string_view line) {
  const std::string_view s = trim_end(line);
  if (s.empty()) return true;
  const char last = s.back();
  if (last == '.' || last == '!' || last == '?' || last == ':') return true;
  for (std::string_view end : {"\xE3\x80\x82", "\xE2\x80\xA6", "\xEF\xBC\x81", "\xEF\xBC\x9F"}) {  // 。 … ！ ？
    if (ends_with(s, end)) return true;
  }
  return false;
}

bool ends_question(std::string_view line) {
  const std::string_view s = trim_end(line);
  return !s.empty() && (s.back() == '?' || ends_with(s, "\xEF\xBC\x9F"));
}

}  // namespace clinic::vocabulary

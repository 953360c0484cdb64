#include "byline_reading.h"

#include <array>
#include <vector>

#include "recognition_vocabulary.h"
#include "utf8.h"

namespace clinic {
namespace {

using Tokens = std::vector<std::string_view>;

// Compared against vocabulary::comparable_title(): lower case, no spaces or punctuation.
constexpr std::array<std::string_view, 13> kHelloLines = {
    "hello", "hi", "helloeveryone", "hieveryone", "hellothere", "hithere", "greetings", "goodmorning",
    "안녕하세요", "안녕하십니까", "여러분안녕하세요", "안녕하세요여러분", "반갑습니다"};
constexpr std::array<std::string_view, 13> kThanksLines = {
    "thankyouforreading", "thanksforreading", "thankyou", "thanks", "thankyouforreadingtoday",
    "thankyouforyourattention", "감사합니다", "고맙습니다", "읽어주셔서감사합니다", "끝까지읽어주셔서감사합니다",
    "오늘도읽어주셔서감사합니다", "긴글읽어주셔서감사합니다", "읽어주셔서고맙습니다"};

// English words a role is made of ("Chief Director", "Board-certified Dermatologist").
constexpr std::array<std::string_view, 36> kRoleWords = {
    "chief", "director", "head", "medical", "representative", "president", "vice", "senior", "lead",
    "associate", "deputy", "managing", "clinical", "dermatologist", "dermatology", "specialist", "physician",
    "doctor", "surgeon", "nurse", "manager", "counselor", "counsellor", "consultant", "coordinator",
    "professor", "founder", "owner", "ceo", "staff", "esthetician", "aesthetician", "practitioner",
    "board-certified", "certified", "resident"};
// Kept with the name rather than taken as the role: "Dr. Lee".
constexpr std::array<std::string_view, 4> kHonorifics = {"dr.", "dr", "prof.", "prof"};
// A clinic's name has one of these words ("the milia dermatology clinic").
constexpr std::array<std::string_view, 10> kClinicWords = {
    "clinic", "dermatology", "dermatologic", "hospital", "center", "centre", "skin", "medical", "aesthetics",
    "derm"};
constexpr std::array<std::string_view, 3> kPlaceWords = {"from", "of", "at"};

// Korean roles end with one of these ("대표원장", "피부과 전문의", "상담실장").
constexpr std::array<std::string_view, 12> kKoreanRoleEndings = {
    "원장", "전문의", "실장", "의사", "간호사", "팀장", "교수", "대표", "상담사", "부장", "과장", "이사"};
// Korean clinic names end with one of these ("비립종 피부과", "미소의원").
constexpr std::array<std::string_view, 6> kKoreanClinicEndings = {"피부과", "의원", "클리닉", "병원", "센터",
                                                                  "피부과의원"};
// Words that may open a sign-off before the clinic's name ("지금까지 … 이었습니다").
constexpr std::array<std::string_view, 8> kKoreanLeadIns = {"지금까지", "이상", "이상으로", "여기까지",
                                                            "저는",     "저",   "오늘도",   "지금까지는"};

template <size_t N>
bool one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (s == item) return true;
  }
  return false;
}

template <size_t N>
bool ends_with_one_of(std::string_view s, const std::array<std::string_view, N>& list) {
  for (std::string_view item : list) {
    if (s.ends_with(item)) return true;
  }
  return false;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The sentence without its closing punctuation ("Kim Ha-won." -> "Kim Ha-won").
std::string_view without_final_punctuation(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '~' || s.back() == ' ')) s.remove_suffix(1);
  for (std::string_view mark : {"\xEF\xBC\x81", "\xE3\x80\x82"}) {  // ！ 。
    while (s.ends_with(mark)) s = trim(s.substr(0, s.size() - mark.size()));
  }
  return s;
}

Tokens tokens_of(std::string_view s) {
  Tokens out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

std::string joined(const Tokens& tokens, size_t first, size_t end) {
  std::string out;
  for (size_t i = first; i < end; ++i) {
    if (!out.empty()) out.push_back(' ');
    out.append(tokens[i]);
  }
  return out;
}

// "Hello, this is …" / "안녕하세요, 대표원장 …": the greeting in front goes.
std::string_view without_leading_hello(std::string_view s) {
  for (size_t i = 0; i < s.size() && i < 40; ++i) {
    const char c = s[i];
    if (c == ',' || c == '!' || c == '.' || c == '~') {
      if (is_hello_line(s.substr(0, i))) return trim(s.substr(i + 1));
    }
  }
  for (std::string_view hello : {std::string_view("안녕하세요"), std::string_view("안녕하십니까")}) {
    if (s.starts_with(hello)) return without_leading_hello(trim(s.substr(hello.size())));
  }
  return s;
}

// ---- English --------------------------------------------------------------

bool is_role_word(std::string_view token) { return one_of(ascii_lower(token), kRoleWords); }
bool is_honorific(std::string_view token) { return one_of(ascii_lower(token), kHonorifics); }

// A name token: starts with a capital letter (or a non-Latin letter), then
// letters, hyphens, apostrophes and dots ("Ha-won", "O'Neil", "J.").
bool is_name_token(std::string_view token) {
  if (token.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(token[0]);
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return false;
  for (char c : token) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'' || c == '.') continue;
    return false;
  }
  return true;
}

// "the milia dermatology clinic" -> "Milia Dermatology Clinic"; empty when the
// words do not name a clinic.
std::string english_clinic(const Tokens& tokens, size_t first, size_t end) {
  if (first < end && ascii_lower(tokens[first]) == "the") ++first;
  bool names_clinic = false;
  bool has_capital = false;
  for (size_t i = first; i < end; ++i) {
    names_clinic = names_clinic || one_of(ascii_lower(tokens[i]), kClinicWords);
    for (char c : tokens[i]) has_capital = has_capital || (c >= 'A' && c <= 'Z');
  }
  if (!names_clinic) return {};
  std::string clinic = joined(tokens, first, end);
  // Written all in lower case in running text; a byline shows it as a name.
  if (!has_capital) {
    bool word_start = true;
    for (char& c : clinic) {
      if (word_start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      word_start = c == ' ';
    }
  }
  return clinic;
}

struct EnglishPerson {
  Byline byline;
  bool honorific = false;
};

// "Chief Director Kim Ha-won", "Kim Ha-won from the milia dermatology clinic",
// "Kim Ha-won, Chief Director of Milia Dermatology Clinic".
std::optional<EnglishPerson> read_english_person(std::string_view text) {
  EnglishPerson person;
  std::string_view head = text;
  std::string_view tail;
  if (const size_t comma = text.find(", "); comma != std::string_view::npos) {
    head = text.substr(0, comma);
    tail = trim(text.substr(comma + 2));
  }
  const Tokens words = tokens_of(head);
  size_t end = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (one_of(words[i], kPlaceWords)) {
      person.byline.clinic = english_clinic(words, i + 1, words.size());
      end = i;
      break;
    }
  }
  size_t i = 0;
  while (i < end && is_role_word(words[i])) ++i;
  person.byline.role = joined(words, 0, i);
  const size_t name_start = i;
  if (i < end && is_honorific(words[i])) {
    person.honorific = true;
    ++i;
  }
  if (end - i < 1 || end - i > 4) return std::nullopt;
  for (size_t k = i; k < end; ++k) {
    if (!is_name_token(words[k]) || is_role_word(words[k])) return std::nullopt;
  }
  person.byline.author = joined(words, name_start, end);
  if (!tail.empty()) {
    // ", Chief Director of Milia Dermatology Clinic": a role, then maybe a clinic.
    const Tokens rest = tokens_of(tail);
    size_t r = 0;
    while (r < rest.size() && is_role_word(rest[r])) ++r;
    if (r > 0 && person.byline.role.empty()) person.byline.role = joined(rest, 0, r);
    if (r < rest.size() && one_of(rest[r], kPlaceWords) && person.byline.clinic.empty()) {
      person.byline.clinic = english_clinic(rest, r + 1, rest.size());
    }
  }
  return person;
}

std::optional<std::string_view> after_prefix(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  const std::string lower = ascii_lower(s.substr(0, 24));
  for (std::string_view prefix : prefixes) {
    if (std::string_view(lower).starts_with(prefix)) return trim(s.substr(prefix.size()));
  }
  return std::nullopt;
}

// ---- Korean ---------------------------------------------------------------

bool is_korean_role(std::string_view token) { return ends_with_one_of(token, kKoreanRoleEndings); }

// A Korean personal name: two to four Hangul syllables that are not a role.
bool is_korean_name(std::string_view token) {
  size_t syllables = 0;
  for (size_t i = 0; i < token.size();) {
    const char32_t cp = utf8::next(token, i);
    if (cp < 0xAC00 || cp > 0xD7A3) return false;
    ++syllables;
  }
  return syllables >= 2 && syllables <= 4 && !is_korean_role(token) && !ends_with_one_of(token, kKoreanClinicEndings);
}

// "<clinic> <role> <name>" or "<clinic> <name> <role>"; the role may be
// missing only when `role_required` is false.
std::optional<Byline> read_korean_person(std::string_view text, bool role_required) {
  const Tokens words = tokens_of(text);
  const size_t n = words.size();
  if (n == 0) return std::nullopt;
  Byline byline;
  size_t rest_end = 0;
  if (is_korean_name(words[n - 1])) {
    byline.author = std::string(words[n - 1]);
    size_t j = n - 1;
    while (j > 0 && is_korean_role(words[j - 1])) --j;
    byline.role = joined(words, j, n - 1);
    rest_end = j;
  } else if (n >= 2 && is_korean_role(words[n - 1]) && is_korean_name(words[n - 2])) {  // "김하원 원장"
    byline.author = std::string(words[n - 2]);
    byline.role = std::string(words[n - 1]);
    rest_end = n - 2;
  } else {
    return std::nullopt;
  }
  size_t rest_start = 0;
  while (rest_start < rest_end && one_of(words[rest_start], kKoreanLeadIns)) ++rest_start;
  if (rest_start < rest_end && ends_with_one_of(words[rest_end - 1], kKoreanClinicEndings)) {
    if (rest_end - rest_start == 1 && one_of(words[rest_start], kKoreanClinicEndings) && !byline.role.empty()) {
      byline.role = std::string(words[rest_start]) + " " + byline.role;  // "피부과 전문의" is a role
    } else {
      byline.clinic = joined(words, rest_start, rest_end);
    }
  } else if (rest_start < rest_end) {
    return std::nullopt;  // other words before the name: not a byline
  }
  if (role_required && byline.role.empty()) return std::nullopt;
  return byline;
}

std::optional<std::string_view> before_ending(std::string_view s, std::initializer_list<std::string_view> endings) {
  for (std::string_view ending : endings) {
    if (s.ends_with(ending)) return trim(s.substr(0, s.size() - ending.size()));
  }
  return std::nullopt;
}

}  // namespace

std::optional<Byline> read_greeting_byline(std::string_view sentence) {
  const std::string_view s = without_leading_hello(without_final_punctuation(sentence));
  if (const auto korean = before_ending(s, {"입니다"})) return read_korean_person(*korean, true);
  const bool explicit_name = after_prefix(s, {"my name is "}).has_value();
  const auto rest = after_prefix(s, {"this is ", "i am ", "i'm ", "i\xE2\x80\x99m ", "my name is ", "it's "});
  if (!rest) return std::nullopt;
  const auto person = read_english_person(*rest);
  if (!person || (person->byline.role.empty() && !person->honorific && !explicit_name)) return std::nullopt;
  return person->byline;
}

std::optional<Byline> read_signoff_byline(std::string_view sentence) {
  const std::string_view s = without_final_punctuation(sentence);
  if (const auto korean = before_ending(s, {"이었습니다", "였습니다"})) {
    auto byline = read_korean_person(*korean, false);
    if (byline && (byline->role.empty() && byline->clinic.empty())) return std::nullopt;
    return byline;
  }
  const auto rest = after_prefix(s, {"this has been ", "this was ", "that was ", "it has been ", "it's been "});
  if (!rest) return std::nullopt;
  const auto person = read_english_person(*rest);
  if (!person || (person->byline.role.empty() && person->byline.clinic.empty())) return std::nullopt;
  return person->byline;
}

bool is_hello_line(std::string_view line) { return one_of(vocabulary::comparable_title(line), kHelloLines); }

bool is_thanks_line(std::string_view line) { return one_of(vocabulary::comparable_title(line), kThanksLines); }

}  // namespace clinic

// Reading who wrote a post from its own greeting and sign-off, as the clinic's
// posts introduce their author: `This is Chief Director Kim Ha-won.`,
// `대표원장 김하원입니다.`, `This has been Kim Ha-won from the milia dermatology
// clinic.`, `비립종 피부과 김하원이었습니다.` The spellings (greetings, role and
// clinic words) live in byline_reading.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clinic {

struct Byline {
  std::string author;  // "Kim Ha-won", "김하원", "Dr. Lee"
  std::string role;    // "Chief Director", "대표원장"; may be empty
  std::string clinic;  // "Milia Dermatology Clinic", "비립종 피부과"; may be empty
};

// The byline a greeting sentence gives ("This is <role> <name>.", "<name>, <role>
// of <clinic>.", "<clinic> <role> <name>입니다."). A leading "Hello," / "안녕하세요"
// is allowed. Only a sentence that names a role (or says "My name is") counts:
// "This is Milia Clinic." is not a byline.
std::optional<Byline> read_greeting_byline(std::string_view sentence);

// The byline a sign-off gives ("This has been <name> from <clinic>.",
// "<clinic> <name>이었습니다."): a name with a clinic or a role.
std::optional<Byline> read_signoff_byline(std::string_view sentence);

// Whole-line greetings and thanks that open and close a post ("Hello.",
// "안녕하세요!", "Thank you for reading.", "읽어 주셔서 감사합니다.").
bool is_hello_line(std::string_view line);
bool is_thanks_line(std::string_view line);

}  // namespace clinic

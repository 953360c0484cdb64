#include "parse_post.h"

#include <cassert>

#include "byte_words.h"
#include "front_matter.h"
#include "markdown_to_model.h"
#include "structure_recognition.h"
#include "utf8.h"

namespace clinic {
namespace {

// TextRef offsets have 31 bits; a post is a few KB, so a gigabyte is an error.
constexpr size_t kMaxInput = size_t{1} << 30;

// Whether `text` may hold a CR or a NUL: one pass, eight bytes at a time, where
// two memchr calls were 5 % of parse -> HTML in WebAssembly (musl's memchr goes
// four bytes at a time there). A byte with none of the bits F2 set is one of
// 00 01 04 05 08 09 0C 0D: CR and NUL among them, \n (0A) and the space not,
// so one test per word instead of two; a tab answers yes too, and the exact
// searches after it find nothing.
bool may_have_cr_or_nul(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (byte_words::any_zero(byte_words::load(text.data() + i) & (byte_words::kOnes * 0xF2))) return true;
  }
  for (; i < text.size(); ++i) {
    if (text[i] == '\r' || text[i] == '\0') return true;
  }
  return false;
}

// One spelling for everything downstream: valid UTF-8, no BOM, no NUL, \n line ends.
// `text` is the input itself: a well-formed post (nearly all of them) becomes
// the source with no copy.
std::string normalised(std::string text, bool known_well_formed, std::vector<Diagnostic>& diagnostics) {
  if (text.size() > kMaxInput) {
    diagnostics.push_back({Diagnostic::Severity::Error, 0, "the post is larger than 1 GiB; only its first GiB is read"});
    text.resize(kMaxInput);
  }
  if (std::string_view(text).starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  assert(!known_well_formed || utf8::is_well_formed(text));  // a debug build checks the caller's word
  if (!known_well_formed && !utf8::is_well_formed(text)) {
    size_t replaced = 0;
    text = utf8::repaired(text, &replaced);
    if (replaced > 0) {
      diagnostics.push_back({Diagnostic::Severity::Warning, 0,
                             std::to_string(replaced) + " byte sequence(s) that are not UTF-8 were replaced with U+FFFD"});
    }
  }
  const bool cr_or_nul = may_have_cr_or_nul(text);
  if (cr_or_nul && text.find('\r') != std::string::npos) {
    size_t out = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\r') {
        text[out++] = '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      } else {
        text[out++] = text[i];
      }
    }
    text.resize(out);
  }
  // CommonMark replaces U+0000 with U+FFFD on input. Doing it here rather than
  // trusting md4c's NUL callbacks also covers the front matter and code spans,
  // where md4c hands NUL bytes over verbatim.
  if (const size_t first_nul = cr_or_nul ? text.find('\0') : std::string::npos; first_nul != std::string::npos) {
    std::string replaced_nuls(text, 0, first_nul);
    size_t nuls = 0;
    for (size_t i = first_nul; i < text.size(); ++i) {
      if (text[i] == '\0') {
        replaced_nuls.append("\xEF\xBF\xBD");
        ++nuls;
      } else {
        replaced_nuls.push_back(text[i]);
      }
    }
    text = std::move(replaced_nuls);
    diagnostics.push_back({Diagnostic::Severity::Warning, static_cast<uint32_t>(first_nul),
                           std::to_string(nuls) + " NUL byte(s) were replaced with U+FFFD"});
  }
  // Replacement characters take three bytes: a huge input can outgrow the limit.
  if (text.size() > kMaxInput) {
    size_t cut = kMaxInput;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    diagnostics.push_back({Diagnostic::Severity::Error, static_cast<uint32_t>(cut),
                           "the post is larger than 1 GiB once repaired; only its first GiB is read"});
  }
  return text;
}

}  // namespace

Post parse_post(std::string_view input, const ParseOptions& options) {
  // Cut before the copy: a huge input is not copied whole.
  return parse_post(std::string(input.substr(0, kMaxInput + 1)), options);
}

Post parse_post(std::string&& input, const ParseOptions& options) {
  Post post;
  post.source = normalised(std::move(input), options.known_well_formed, post.diagnostics);
  if (options.recognize_structure) {
    FrontMatter fm = read_front_matter(post.source);
    post.meta = std::move(fm.meta);
    post.body_offset = fm.body_offset;
    post.diagnostics.insert(post.diagnostics.end(), fm.diagnostics.begin(), fm.diagnostics.end());
  }
  build_nodes_from_markdown(post);
  if (options.recognize_structure) recognize_structure(post);
  return post;
}

}  // namespace clinic

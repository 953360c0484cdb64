// The npm package's Node API (npm/index.js): the core's answers to the
// `clinic-reader` commands, with no file system, the same code and options as
// src/cli, so each answer is the bytes the CLI prints.
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/html_render.h"
#include "core/import_html.h"
#include "core/lint_post.h"
#include "core/lint_report.h"
#include "core/parse_post.h"
#include "core/post_outline.h"
#include "platform/node/utf16_handover.h"
#include "view/theme_css.h"

namespace {

std::string g_result;  // the latest answer (or refusal); valid until the next call
std::vector<char16_t> g_result_utf16;  // the same as UTF-16, once asked for
size_t g_result_utf16_units = 0;
std::vector<char16_t> g_string_utf16;  // a JS string's code units (cr_string_room)
std::vector<char> g_string_utf8;       // the same as UTF-8
constexpr size_t kKeptStringUnits = 1 << 20;  // a post is a few thousand

size_t result_to_utf16() {
  if (g_result_utf16.size() < g_result.size()) g_result_utf16.resize(g_result.size());
  g_result_utf16_units = clinic::node::to_utf16(g_result, g_result_utf16.data());
  return g_result_utf16_units;
}

const char* answer(std::string text) {
  g_result = std::move(text);
  return g_result.data();
}

}  // namespace

extern "C" {

// The latest answer (it may hold NUL bytes) as UTF-16, its length in code units from
// cr_result_utf16_units(): Node makes a string of it with a copy, where
// decoding the UTF-8 took longer than parsing a Korean post (utf8.h).
EMSCRIPTEN_KEEPALIVE const char16_t* cr_result_utf16() {
  result_to_utf16();
  return g_result_utf16.data();
}
EMSCRIPTEN_KEEPALIVE size_t cr_result_utf16_units() { return g_result_utf16_units; }
// Where the UTF-16 of the latest answer is, when a call made it already
// (cr_article_html_of_string).
EMSCRIPTEN_KEEPALIVE const char16_t* cr_result_utf16_data() { return g_result_utf16.data(); }

// Room for a JS string of `units` code units, copied in with Buffer.write(...,
// "utf16le"), kept from call to call: the one call a server makes per page
// (articleHtml) then needs no malloc and free from JavaScript.
EMSCRIPTEN_KEEPALIVE char16_t* cr_string_room(size_t units) {
  if (g_string_utf16.size() < units) g_string_utf16.resize(units);
  return g_string_utf16.data();
}

// A JS string's UTF-16 code units (`units` of them at `text`, copied in with
// Buffer.write(..., "utf16le")) as UTF-8 at `out`, which has room for three
// bytes a unit and one more: returns the bytes, NUL-terminated. Lone
// surrogates become U+FFFD, as TextEncoder writes them: the text is
// well-formed (flag bit 2 of cr_article_html may say so).
EMSCRIPTEN_KEEPALIVE size_t cr_utf8_from_utf16(const char16_t* text, size_t units, char* out) {
  const size_t size = clinic::node::from_utf16(text, units, out);
  out[size] = '\0';
  return size;
}

// `html [--jsonld] [--standalone]`: flags bit 0 = JSON-LD, bit 1 = a standalone
// page, bit 2 = the text was a JS string (cr_utf8_from_utf16: well-formed).
EMSCRIPTEN_KEEPALIVE const char* cr_article_html(const char* text, size_t size, int flags) {
  clinic::HtmlOptions options;
  options.json_ld = (flags & 1) != 0;
  options.standalone = (flags & 2) != 0;
  if (options.standalone) options.theme_css = clinic::view::standalone_page_css();
  const clinic::ParseOptions parse{.known_well_formed = (flags & 4) != 0};
  return answer(clinic::render_article_html(clinic::parse_post(std::string(text, size), parse), options));
}

// The same for the string of `units` code units at cr_string_room(), in and
// out as UTF-16: returns the answer's code units, at cr_result_utf16_data().
EMSCRIPTEN_KEEPALIVE size_t cr_article_html_of_string(size_t units, int flags) {
  if (g_string_utf8.size() < units * 3 + 1) g_string_utf8.resize(units * 3 + 1);
  const size_t size = cr_utf8_from_utf16(g_string_utf16.data(), units, g_string_utf8.data());
  cr_article_html(g_string_utf8.data(), size, flags | 4);
  // Kept for the next post, unless one of megabytes made them that large.
  if (units > kKeptStringUnits) {
    std::vector<char16_t>().swap(g_string_utf16);
    std::vector<char>().swap(g_string_utf8);
  }
  return result_to_utf16();
}

// `html --plain`.
EMSCRIPTEN_KEEPALIVE const char* cr_plain_html(const char* text, size_t size) {
  const clinic::ParseOptions plain{.recognize_structure = false};
  return answer(clinic::render_plain_html(clinic::parse_post(std::string(text, size), plain)));
}

// `inspect --json`.
EMSCRIPTEN_KEEPALIVE const char* cr_inspect_json(const char* text, size_t size) {
  return answer(clinic::outline_to_json(clinic::outline_of(clinic::parse_post(std::string(text, size)))));
}

// `lint --json`, the findings named after `file`.
EMSCRIPTEN_KEEPALIVE const char* cr_lint_json(const char* text, size_t size, const char* file) {
  return answer(clinic::lint_report_json(file, clinic::lint_post(std::string_view(text, size))));
}

// `import [--from text|html] [--url URL]`: from 0 = told by the content, 1 = text,
// 2 = html. Returns 1 with the Markdown, or 0 with the refusal as the answer.
EMSCRIPTEN_KEEPALIVE int cr_import(const char* text, size_t size, int from, const char* url) {
  const std::string_view input(text, size);
  const clinic::ImportInput kind = from == 0   ? clinic::detect_import_input(input)
                                   : from == 2 ? clinic::ImportInput::Html
                                               : clinic::ImportInput::Text;
  clinic::ImportedPost post = clinic::import_post(input, kind, {.page_url = url});
  if (const std::string_view refusal = clinic::import_refusal(post, kind); !refusal.empty()) {
    answer(std::string(refusal));
    return 0;
  }
  answer(std::move(post.markdown));
  return 1;
}

}  // extern "C"

// The authoring page's WebAssembly module: the importers (plain text and saved
// web pages, with gumbo) and the linter, the same core code as `clinic-reader
// import|lint`. A module of its own so that readers embedded on the clinic's
// pages download neither gumbo nor the importer.
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

#include "core/import_html.h"
#include "core/import_plain_text.h"
#include "core/lint_post.h"
#include "core/lint_report.h"

namespace {
std::string g_result;  // the latest answer; valid until the next call
}

extern "C" {

// Plain text (UTF-8, `size` bytes) -> a post in our Markdown format.
EMSCRIPTEN_KEEPALIVE const char* cr_import_plain_text(const char* text, size_t size) {
  g_result = clinic::import_plain_text(std::string_view(text, size)).markdown;
  return g_result.c_str();
}

// A saved web page or the clipboard's text/html (UTF-8) -> a post in our Markdown.
EMSCRIPTEN_KEEPALIVE const char* cr_import_html(const char* html, size_t size) {
  g_result = clinic::import_html(std::string_view(html, size)).markdown;
  return g_result.c_str();
}

// Either, told apart by the content (as `clinic-reader import` does).
EMSCRIPTEN_KEEPALIVE const char* cr_import(const char* text, size_t size) {
  const std::string_view input(text, size);
  g_result = clinic::import_post(input, clinic::detect_import_input(input)).markdown;
  return g_result.c_str();
}

// A post -> the linter's findings as JSON: {"file", "diagnostics": [{line, severity, rule, message}]}.
EMSCRIPTEN_KEEPALIVE const char* cr_lint_json(const char* text, size_t size) {
  g_result = clinic::lint_report_json("post.md", clinic::lint_post(std::string_view(text, size)));
  return g_result.c_str();
}

}  // extern "C"

// The authoring page's WebAssembly module: the plain-text importer and the
// linter, the same core code as `clinic-reader import|lint`. A module of its
// own so that readers embedded on the clinic's pages do not download it.
#include <emscripten/emscripten.h>

#include <string>
#include <string_view>

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

// A post -> the linter's findings as JSON: {"file", "diagnostics": [{line, severity, rule, message}]}.
EMSCRIPTEN_KEEPALIVE const char* cr_lint_json(const char* text, size_t size) {
  g_result = clinic::lint_report_json("post.md", clinic::lint_post(std::string_view(text, size)));
  return g_result.c_str();
}

}  // extern "C"

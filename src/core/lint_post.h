// The post linter: problems a writer can act on before publishing, each with
// the line it is on. `clinic-reader lint` prints them; the editor lists them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "drawable_characters.h"
#include "post_model.h"

namespace clinic {

struct LintDiagnostic {
  uint32_t line = 1;  // 1-based, in the file as written
  Diagnostic::Severity severity = Diagnostic::Severity::Warning;
  std::string_view rule;  // one of lint_rules()' names
  std::string message;
};

// A rule and its severity. Errors are what would publish a broken post (a link
// silently dropped, text lost to bad bytes, metadata shown as text); the rest
// are warnings.
struct LintRule {
  std::string_view name;
  Diagnostic::Severity severity;
  std::string_view summary;
};
std::span<const LintRule> lint_rules();

struct LintOptions {
  size_t max_paragraph_characters = 1200;  // plain text, in code points
  GlyphCoverage coverage;                  // the reader's fonts, when known
};

// Reads the post as parse_post does (never fails) and checks it. Sorted by line.
std::vector<LintDiagnostic> lint_post(std::string_view input, const LintOptions& options = {});

bool has_errors(const std::vector<LintDiagnostic>& diagnostics);

}  // namespace clinic

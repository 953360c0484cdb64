// The linter's findings as the CLI prints them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint_post.h"

namespace clinic {

// One line per finding, as compilers write them so editors can jump to it:
// `FILE:LINE: warning: message [rule]`.
std::string lint_report_text(std::string_view file, const std::vector<LintDiagnostic>& diagnostics);

// {"file": ..., "diagnostics": [{"line": N, "severity": "warning"|"error", "rule": ..., "message": ...}]}
std::string lint_report_json(std::string_view file, const std::vector<LintDiagnostic>& diagnostics);

}  // namespace clinic

#include "lint_report.h"

#include "json_writer.h"

namespace clinic {
namespace {

std::string_view severity_name(Diagnostic::Severity severity) {
  return severity == Diagnostic::Severity::Error ? "error" : "warning";
}

}  // namespace

std::string lint_report_text(std::string_view file, const std::vector<LintDiagnostic>& diagnostics) {
  std::string out;
  for (const LintDiagnostic& d : diagnostics) {
    out.append(file).append(":").append(std::to_string(d.line)).append(": ");
    out.append(severity_name(d.severity)).append(": ").append(d.message);
    out.append(" [").append(d.rule).append("]\n");
  }
  return out;
}

std::string lint_report_json(std::string_view file, const std::vector<LintDiagnostic>& diagnostics) {
  std::string out = "{\"file\": ";
  json::append_string(out, file);
  out += ", \"diagnostics\": [";
  for (size_t i = 0; i < diagnostics.size(); ++i) {
    const LintDiagnostic& d = diagnostics[i];
    out += i ? ",\n  {\"line\": " : "\n  {\"line\": ";
    out += std::to_string(d.line);
    out += ", \"severity\": ";
    json::append_string(out, severity_name(d.severity));
    out += ", \"rule\": ";
    json::append_string(out, d.rule);
    out += ", \"message\": ";
    json::append_string(out, d.message);
    out += "}";
  }
  out += diagnostics.empty() ? "]}\n" : "\n]}\n";
  return out;
}

}  // namespace clinic

#include "cli/authoring_commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <optional>

#include "core/import_plain_text.h"
#include "core/lint_post.h"
#include "core/lint_report.h"

namespace clinic::cli {
namespace {

void write_stdout(const std::string& s) { std::fwrite(s.data(), 1, s.size(), stdout); }

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
}

}  // namespace

int import_command(const Args& given) {
  Args args = given;
  const std::optional<std::string> output = take_option(args, "-o");
  const ImportedPost post = import_plain_text(read_input(take_single_path(args)));
  if (output && *output != "-") write_file(*output, post.markdown);
  else write_stdout(post.markdown);
  return 0;
}

int lint_command(const Args& given) {
  Args args = given;
  const bool as_json = take_flag(args, "--json");
  const std::string path = take_single_path(args);
  const std::vector<LintDiagnostic> found = lint_post(read_input(path));
  const std::string name = path == "-" ? "<stdin>" : path;
  write_stdout(as_json ? lint_report_json(name, found) : lint_report_text(name, found));
  return has_errors(found) ? 1 : 0;
}

}  // namespace clinic::cli

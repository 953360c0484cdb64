#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "cli/commands.h"

namespace clinic::cli {

// Read in chunks appended to the string, not into a string sized first: that
// would fill the whole input with zeros before reading over them.
std::string read_input(const std::string& path) {
  FILE* file = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
  std::string text;
  std::error_code size_error;
  const auto size = path == "-" ? 0 : std::filesystem::file_size(path, size_error);
  if (!size_error) text.reserve(static_cast<size_t>(size));
  char chunk[64 * 1024];
  while (const size_t n = std::fread(chunk, 1, sizeof chunk, file)) text.append(chunk, n);
  const bool failed = std::ferror(file) != 0;
  const int error = errno;
  if (file != stdin) std::fclose(file);
  if (failed) throw std::runtime_error("cannot read " + path + ": " + std::strerror(error));
  return text;
}

bool take_flag(Args& args, std::string_view flag) {
  for (auto it = args.begin(); it != args.end(); ++it) {
    if (*it == flag) {
      args.erase(it);
      return true;
    }
  }
  return false;
}

std::optional<std::string> take_option(Args& args, std::string_view option) {
  for (auto it = args.begin(); it != args.end(); ++it) {
    if (*it != option) continue;
    if (it + 1 == args.end()) throw UsageError(std::string(option) + " needs a value");
    std::string value = *(it + 1);
    args.erase(it, it + 2);
    return value;
  }
  return std::nullopt;
}

std::string take_single_path(Args& args) {
  for (const std::string& a : args) {
    if (a.size() > 1 && a[0] == '-') throw UsageError("unknown option " + a);
  }
  if (args.size() != 1) throw UsageError(args.empty() ? "missing FILE" : "expected one FILE");
  return args[0];
}

}  // namespace clinic::cli

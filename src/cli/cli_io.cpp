#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.h"

namespace clinic::cli {

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
  std::string text(static_cast<size_t>(file.tellg()), '\0');
  file.seekg(0);
  if (!file.read(text.data(), static_cast<std::streamsize>(text.size()))) {
    throw std::runtime_error("cannot read " + path + ": " + std::strerror(errno));
  }
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

// The CLI's commands: each takes its arguments and returns the exit status.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace clinic::cli {

using Args = std::vector<std::string>;
using Command = int (*)(const Args&);

// nullptr for an unknown name.
Command find_command(std::string_view name);

// Helpers the commands share.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
std::string read_input(const std::string& path);  // "-" reads standard input; throws on failure
bool take_flag(Args& args, std::string_view flag);  // removes it when present
// Removes `option VALUE` from args and returns VALUE; nullopt when absent.
std::optional<std::string> take_option(Args& args, std::string_view option);
std::string take_single_path(Args& args);           // the one positional argument left

}  // namespace clinic::cli

#include "content_hash.h"

#include <cstdio>

namespace clinic {

void ContentHash::add_bytes(std::string_view bytes) {
  for (const char c : bytes) {
    state_ ^= static_cast<unsigned char>(c);
    state_ *= 0x100000001b3ull;
  }
}

void ContentHash::add(std::string_view bytes) {
  const std::string length = std::to_string(bytes.size()) + ":";
  add_bytes(length);
  add_bytes(bytes);
}

std::string ContentHash::hex() const {
  char digits[17];
  std::snprintf(digits, sizeof digits, "%016llx", static_cast<unsigned long long>(state_));
  return digits;
}

}  // namespace clinic

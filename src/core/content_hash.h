// A short fingerprint of bytes (64-bit FNV-1a): the static site's service
// worker version changes whenever any page or post it precaches does.
// Not for security: only to tell one build's content from another's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace clinic {

class ContentHash {
 public:
  // Each piece is hashed with its length, so ("ab", "c") and ("a", "bc") differ.
  void add(std::string_view bytes);
  std::string hex() const;  // 16 hex digits

 private:
  void add_bytes(std::string_view bytes);
  uint64_t state_ = 0xcbf29ce484222325ull;
};

}  // namespace clinic

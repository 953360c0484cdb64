// Shared by the fuzz targets: a broken promise is a crash libFuzzer records.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "robustness/model_invariants.h"

namespace clinic::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Aborts with `what` when `problem` is not empty (model_invariants.h style).
inline void require_none(const std::string& problem, const char* what) {
  if (problem.empty()) return;
  std::fprintf(stderr, "%s: %s\n", what, problem.c_str());
  std::abort();
}

inline void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "%s\n", what);
  std::abort();
}

}  // namespace clinic::fuzz

// Looking at text eight bytes at a time, in a 64-bit word: posts are scanned
// for a few byte values (markup to escape, CR, NUL, non-ASCII) far more often
// than they contain them, and WebAssembly has no faster memchr to lean on.
#pragma once

#include <cstdint>
#include <cstring>

namespace clinic::byte_words {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

inline uint64_t load(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

// Non-zero exactly when some byte of `word` is zero (the classic test; exact
// as a yes/no, though which bits are set above a zero byte is not).
constexpr uint64_t any_zero(uint64_t word) { return (word - kOnes) & ~word & kHighs; }

// Non-zero exactly when some byte of `word` equals `c`.
constexpr uint64_t any_equal(uint64_t word, char c) { return any_zero(word ^ (kOnes * static_cast<uint8_t>(c))); }

constexpr bool all_ascii(uint64_t word) { return (word & kHighs) == 0; }

}  // namespace clinic::byte_words

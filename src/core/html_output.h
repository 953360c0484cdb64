// The buffer HTML is written into. Rendering is thousands of small appends
// (tags, escaped runs); std::string::append is an out-of-line library call per
// piece, which costs as much as the parse in WebAssembly. Here an append is an
// inline bounds check and memcpy (constant-size for literals), and the string
// grows geometrically.
#pragma once

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace clinic {

class HtmlOutput {
 public:
  explicit HtmlOutput(size_t expected_size) { buffer_.resize(expected_size < 256 ? 256 : expected_size); }

  void append(const char* data, size_t size) {
    if (size > buffer_.size() - size_) grow(size);
    std::memcpy(buffer_.data() + size_, data, size);
    size_ += size;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  template <size_t N>
  void append(const char (&literal)[N]) {
    append(literal, N - 1);
  }
  void push_back(char c) {
    if (size_ == buffer_.size()) grow(1);
    buffer_[size_++] = c;
  }

  // The HTML written; the buffer is left empty.
  std::string take() {
    buffer_.resize(size_);
    size_ = 0;
    return std::move(buffer_);
  }

 private:
  void grow(size_t at_least) { buffer_.resize(std::max(buffer_.size() * 2, size_ + at_least)); }

  std::string buffer_;  // its size is the capacity in use; size_ is what is written
  size_t size_ = 0;
};

}  // namespace clinic

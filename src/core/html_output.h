// The buffer HTML is written into. Rendering is thousands of small appends
// (tags, escaped runs); std::string::append is an out-of-line library call per
// piece, which costs as much as the parse in WebAssembly. Here an append is an
// inline bounds check and memcpy (constant-size for literals), and the string
// grows geometrically.
#pragma once

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>

namespace clinic {

class HtmlOutput {
 public:
  explicit HtmlOutput(size_t expected_size) : capacity_(std::max<size_t>(expected_size, 256)) {
    data_ = static_cast<char*>(std::malloc(capacity_));
    if (data_ == nullptr) throw std::bad_alloc();
  }
  ~HtmlOutput() { std::free(data_); }
  HtmlOutput(const HtmlOutput&) = delete;
  HtmlOutput& operator=(const HtmlOutput&) = delete;

  void append(const char* data, size_t size) {
    if (size > capacity_ - size_) grow(size);
    std::memcpy(data_ + size_, data, size);
    size_ += size;
  }
  void append(std::string_view s) { append(s.data(), s.size()); }
  template <size_t N>
  void append(const char (&literal)[N]) {
    append(literal, N - 1);
  }
  void push_back(char c) {
    if (size_ == capacity_) grow(1);
    data_[size_++] = c;
  }

  // The HTML written; the buffer is left empty.
  std::string take() {
    std::string html(data_, size_);
    size_ = 0;
    return html;
  }

 private:
  void grow(size_t at_least) {
    const size_t capacity = std::max(capacity_ * 2, size_ + at_least);
    char* data = static_cast<char*>(std::realloc(data_, capacity));
    if (data == nullptr) throw std::bad_alloc();
    data_ = data;
    capacity_ = capacity;
  }

  // malloc'd rather than a std::string: growing a string zero-fills its new
  // capacity, and realloc can often extend in place.
  size_t capacity_;
  char* data_;
  size_t size_ = 0;
};

}  // namespace clinic

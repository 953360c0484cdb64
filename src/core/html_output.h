// The buffer HTML is written into. Rendering is thousands of small appends
// (tags, escaped runs); std::string::append is an out-of-line library call per
// piece, which costs as much as the parse in WebAssembly. Here an append is an
// inline bounds check and memcpy (constant-size for literals).
//
// Two ways out: the whole HTML as one string (the buffer grows geometrically;
// take()), or chunks handed to a sink as the buffer fills (flush() at the
// end), so that a long post's HTML is never held whole: the CLI writes to
// standard output as it renders.
#pragma once

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

namespace clinic {

// Where streamed HTML goes: `write` is called with each chunk, in order.
struct HtmlSink {
  void (*write)(void* context, std::string_view chunk) = nullptr;
  void* context = nullptr;
};

class HtmlOutput {
 public:
  // Collects the whole HTML for take(); `expected_size` is reserved up front.
  explicit HtmlOutput(size_t expected_size) { buffer_.resize(expected_size < 256 ? 256 : expected_size); }
  // Hands the HTML to `sink` chunk by chunk; call flush() at the end.
  explicit HtmlOutput(const HtmlSink& sink) : sink_(sink) { buffer_.resize(kChunk); }

  // Always inline, with the rare growth kept out of line: the compiler left the
  // appends of literals (a tag each) calls, dozens per node type (wasm-dis of
  // the article writer).
  [[gnu::always_inline]] void append(const char* data, size_t size) {
    if (size > buffer_.size() - size_) [[unlikely]] {
      if (!make_room(size)) {
        sink_.write(sink_.context, std::string_view(data, size));
        return;
      }
    }
    std::memcpy(buffer_.data() + size_, data, size);
    size_ += size;
  }
  [[gnu::always_inline]] void append(std::string_view s) { append(s.data(), s.size()); }
  template <size_t N>
  [[gnu::always_inline]] void append(const char (&literal)[N]) {
    append(literal, N - 1);
  }
  [[gnu::always_inline]] void push_back(char c) {
    if (size_ == buffer_.size()) [[unlikely]] make_room(1);
    buffer_[size_++] = c;
  }

  // The HTML written; the buffer is left empty. (Without a sink.)
  std::string take() {
    buffer_.resize(size_);
    size_ = 0;
    return std::move(buffer_);
  }

  // Hands what is buffered to the sink. (With a sink.)
  void flush() {
    if (size_ > 0) sink_.write(sink_.context, std::string_view(buffer_.data(), size_));
    size_ = 0;
  }

 private:
  // Big enough that a chunk's write is cheap beside rendering it, small
  // enough to stay in cache.
  static constexpr size_t kChunk = 64 * 1024;

  // Makes room for `size` more bytes: the string grows, or the chunk goes to
  // the sink. False when `size` bytes are more than a chunk holds: the caller
  // hands them to the sink itself.
  [[gnu::noinline]] bool make_room(size_t size) {
    if (sink_.write == nullptr) {
      buffer_.resize(std::max(buffer_.size() * 2, size_ + size));
      return true;
    }
    flush();
    return size <= buffer_.size();
  }

  std::string buffer_;  // its size is the capacity in use; size_ is what is written
  size_t size_ = 0;
  HtmlSink sink_;
};

}  // namespace clinic

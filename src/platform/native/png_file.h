// PNG files of rendered posts, through libpng's simplified API.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace clinic::native {

// 8-bit RGB pixels, rows top to bottom, no padding.
struct Image {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgb;

  const uint8_t* pixel(int x, int y) const { return rgb.data() + (size_t(y) * size_t(width) + size_t(x)) * 3; }
  uint8_t* pixel(int x, int y) { return rgb.data() + (size_t(y) * size_t(width) + size_t(x)) * 3; }
};

// False with `error` set when the file cannot be written.
bool write_png(const std::string& path, const Image& image, std::string& error);

// Any PNG, converted to 8-bit RGB (alpha composited on black). For tests and tools.
bool read_png(const std::string& path, Image& image, std::string& error);

}  // namespace clinic::native

#include "font_files.h"

#include <imgui.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace clinic::native {
namespace {

bool read_file(const std::string& path, std::string& out, std::string& error) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = "cannot read " + path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << file.rdbuf();
  out = buffer.str();
  return true;
}

bool face_from_name(const std::string& name, view::FontFace& face) {
  if (name == "regular") face = view::FontFace::Regular;
  else if (name == "bold") face = view::FontFace::Bold;
  else return false;
  return true;
}

}  // namespace

const char* default_font_dir() { return CLINIC_READER_FONT_DIR; }  // set by CMake

bool load_font_files(const std::string& dir, view::ViewFonts& fonts, std::string& error) {
  const std::string manifest_path = dir + "/fonts.txt";
  std::string manifest;
  if (!read_file(manifest_path, manifest, error)) return false;
  std::istringstream lines(manifest);
  std::string line;
  int faces = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name, file;
    view::FontFace face;
    if (!(fields >> name >> file) || !face_from_name(name, face)) {
      error = manifest_path + ": not a face this reader knows: " + line;
      return false;
    }
    std::string bytes;
    if (!read_file(dir + "/" + file, bytes, error)) return false;
    // The atlas owns the copy and frees it with ImGui's allocator.
    void* data = ImGui::MemAlloc(bytes.size());
    std::memcpy(data, bytes.data(), bytes.size());
    if (!view::add_font(fonts, face, data, int(bytes.size()))) {
      error = "not a font ImGui can read: " + dir + "/" + file;
      return false;
    }
    ++faces;
  }
  if (!fonts.ready()) {
    error = manifest_path + " lists no regular face";
    return false;
  }
  return faces > 0;
}

}  // namespace clinic::native

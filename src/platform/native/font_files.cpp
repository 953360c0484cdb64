#include "font_files.h"

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

}  // namespace

const char* default_font_dir() { return CLINIC_READER_FONT_DIR; }  // set by CMake

bool load_glyph_files(const std::string& dir, view::FontSet& glyphs, const Post* post, std::string& error) {
  if (glyphs.manifest().files.empty()) {
    std::string manifest;
    if (!read_file(dir + "/fonts.txt", manifest, error)) return false;
    if (!glyphs.read_manifest(manifest, error)) {
      error = dir + "/" + error;
      return false;
    }
  }
  // Each round may want more: a base face tells which chunks the post needs.
  for (std::vector<std::string> wanted = glyphs.wanted_files(post); !wanted.empty(); wanted = glyphs.wanted_files(post)) {
    glyphs.mark_requested(wanted);
    for (const std::string& name : wanted) {
      std::string bytes;
      if (!read_file(dir + "/" + name, bytes, error) || !glyphs.add_file(name, bytes.data(), bytes.size(), error)) {
        glyphs.mark_failed(name);
        return false;
      }
    }
  }
  glyphs.update();
  if (!glyphs.fonts().ready()) {
    error = dir + "/fonts.txt lists no regular face";
    return false;
  }
  return true;
}

}  // namespace clinic::native

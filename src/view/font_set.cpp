#include "font_set.h"

#include <imgui.h>

#include <cstdio>

#include "emoji_segmentation.h"
#include "glyph_coverage.h"

namespace clinic::view {
namespace {

// A face part as an ImGui font source; MergeMode adds it to the font added last.
bool add_face_source(const std::vector<uint8_t>& data, bool bold, bool merge) {
  ImFontConfig config;
  // ImGui copies the bytes (the set keeps its own to rebuild from).
  config.FontData = const_cast<uint8_t*>(data.data());
  config.FontDataSize = int(data.size());
  config.FontDataOwnedByAtlas = false;
  config.MergeMode = merge;
  config.Flags |= ImFontFlags_NoLoadError;
  config.OversampleH = 1;  // 1.92 rasterises at the device density; no oversampling needed
  config.OversampleV = 1;
  std::snprintf(config.Name, sizeof config.Name, "%s", bold ? "Bold" : "Regular");
  return ImGui::GetIO().Fonts->AddFont(&config) != nullptr;
}

}  // namespace

FontSet::~FontSet() {
  if (ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().Fonts == atlas_) remove_fonts();
}

bool FontSet::read_manifest(std::string_view text, std::string& error) {
  GlyphManifest manifest;
  if (!parse_glyph_manifest(text, manifest, error)) return false;
  if (manifest.emoji_version != emoji_data_version() || manifest.emoji_count != emoji_sprite_count()) {
    error = "fonts.txt numbers its emoji by emoji data " + manifest.emoji_version + ", this build by " +
            emoji_data_version() + ": rebuild the fonts";
    return false;
  }
  manifest_ = std::move(manifest);
  state_.assign(manifest_.files.size(), State::Missing);
  data_.assign(manifest_.files.size(), {});
  return true;
}

int FontSet::index_of(std::string_view name) const {
  for (size_t i = 0; i < manifest_.files.size(); ++i) {
    if (manifest_.files[i].name == name) return int(i);
  }
  return -1;
}

bool FontSet::has_file(std::string_view name) const {
  const int i = index_of(name);
  return i >= 0 && state_[size_t(i)] == State::Loaded;
}

void FontSet::use_device(DeviceFonts* device) {
  device_ = device;
  dirty_ = true;
}

std::vector<std::string> FontSet::wanted_files(const Post* post) {
  update();
  std::vector<bool> want(manifest_.files.size(), false);
  bool start_settled = true;  // every start file in (or given up): only then is a chunk's need known
  // With the device's fonts nothing is needed at start: the files stand in for what the device lacks.
  for (size_t i = 0; i < manifest_.files.size() && device_ == nullptr; ++i) {
    want[i] = manifest_.files[i].at_start();
    if (want[i] && state_[i] != State::Loaded && state_[i] != State::Failed) start_settled = false;
  }
  if (post != nullptr && start_settled && fonts_.regular != nullptr) {
    for (const MissingGlyph& m : missing_glyphs(*post, *this)) {
      if (!m.loadable) continue;
      for (size_t i = 0; i < manifest_.files.size(); ++i) {
        const GlyphFile& file = manifest_.files[i];
        if (m.sprite < 0 && file.kind == GlyphFile::Kind::FaceChunk) {
          want[i] = want[i] || file.covers(m.codepoint);
        } else if (m.sprite < 0 && file.kind == GlyphFile::Kind::Face) {
          want[i] = true;  // (device_ only: otherwise a start file) the base subsets hold the common characters
        } else if (m.sprite >= 0 && (file.kind == GlyphFile::Kind::EmojiChunk || file.kind == GlyphFile::Kind::EmojiSheet)) {
          for (int s : file.sprites) want[i] = want[i] || s == m.sprite;
        }
      }
    }
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < manifest_.files.size(); ++i) {
    if (want[i] && state_[i] == State::Missing) out.push_back(manifest_.files[i].name);
  }
  return out;
}

void FontSet::mark_requested(const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    const int i = index_of(name);
    if (i >= 0 && state_[size_t(i)] == State::Missing) state_[size_t(i)] = State::Requested;
  }
}

void FontSet::mark_failed(std::string_view name) {
  const int i = index_of(name);
  if (i >= 0 && state_[size_t(i)] != State::Loaded) state_[size_t(i)] = State::Failed;
}

bool FontSet::add_file(std::string_view name, const void* data, size_t size, std::string& error) {
  const int i = index_of(name);
  if (i < 0) {
    error = "not a file of fonts.txt: " + std::string(name);
    return false;
  }
  if (state_[size_t(i)] == State::Loaded) return true;
  const GlyphFile& file = manifest_.files[size_t(i)];
  if (file.kind == GlyphFile::Kind::EmojiSheet || file.kind == GlyphFile::Kind::EmojiChunk) {
    if (!emoji_.add_sheet(data, size, file.cell, file.sprites, error)) {
      error = file.name + ": " + error;
      state_[size_t(i)] = State::Failed;
      return false;
    }
  } else {
    // "OTTO" (CFF outlines) or 0x00010000 (TrueType): what stb_truetype reads.
    const auto* bytes = static_cast<const uint8_t*>(data);
    if (size < 12 || !((bytes[0] == 'O' && bytes[1] == 'T' && bytes[2] == 'T' && bytes[3] == 'O') ||
                       (bytes[0] == 0 && bytes[1] == 1 && bytes[2] == 0 && bytes[3] == 0))) {
      error = file.name + ": not an OpenType font";
      state_[size_t(i)] = State::Failed;
      return false;
    }
    data_[size_t(i)].assign(bytes, bytes + size);
  }
  state_[size_t(i)] = State::Loaded;
  dirty_ = true;
  return true;
}

void FontSet::remove_fonts() {
  for (ImFont* font : {fonts_.regular, fonts_.bold}) {
    if (font != nullptr && atlas_ != nullptr) atlas_->RemoveFont(font);
  }
  fonts_ = ViewFonts();
}

bool FontSet::update() {
  if (!dirty_) return false;
  dirty_ = false;
  const unsigned generation = fonts_.generation + 1;
  remove_fonts();
  fonts_.generation = generation;
  ImFontAtlas* atlas = atlas_ = ImGui::GetIO().Fonts;
  for (const bool bold : {false, true}) {
    // The base first (it owns the metrics), then its loaded chunks, then the emoji.
    int base = -1;
    for (size_t i = 0; i < manifest_.files.size(); ++i) {
      const GlyphFile& f = manifest_.files[i];
      if (f.kind == GlyphFile::Kind::Face && f.bold == bold && state_[i] == State::Loaded) base = int(i);
    }
    // The device's face first (it then owns the metrics), the files merged behind it.
    if (device_ != nullptr) {
      if (!add_device_source(atlas, device_, bold, false)) continue;
      if (base >= 0) add_face_source(data_[size_t(base)], bold, true);
    } else if (base < 0 || !add_face_source(data_[size_t(base)], bold, false)) {
      continue;
    }
    ImFont* font = atlas->Fonts.back();
    for (size_t i = 0; i < manifest_.files.size(); ++i) {
      const GlyphFile& f = manifest_.files[i];
      if (f.kind == GlyphFile::Kind::FaceChunk && f.bold == bold && state_[i] == State::Loaded) {
        add_face_source(data_[i], bold, true);
      }
    }
    if (emoji_.sheet_count() > 0) merge_emoji_source(atlas, emoji_);
    // A glyph no source has draws as blank space, never as '?' or a box.
    font->FallbackChar = static_cast<ImWchar>(' ');
    (bold ? fonts_.bold : fonts_.regular) = font;
  }
  return true;
}

}  // namespace clinic::view

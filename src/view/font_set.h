// Every glyph source the reader draws with, loaded in parts: the text face's
// base subsets and the start-up emoji sheet first, then — when a post holds a
// syllable, jamo or symbol the base lacks, or an emoji the start-up sheet does
// not have — the chunks of fonts.txt (glyph_manifest.h) that hold them. The
// platform only moves bytes: it asks wanted_files(), fetches or reads them,
// hands them to add_file(), and calls update() before the next frame, which
// rebuilds the ImGui fonts (a new layout follows: the ImFont pointers change).
// The browser and the native renderer use it alike, with the same files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/post_model.h"
#include "device_fonts.h"
#include "emoji_atlas.h"
#include "glyph_manifest.h"
#include "view_fonts.h"

struct ImFontAtlas;

namespace clinic::view {

class FontSet {
 public:
  FontSet() = default;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;
  ~FontSet();

  // fonts.txt's text. False (with `error`) when it is malformed or numbers its
  // sprites by other emoji data than the table this build compiled in.
  bool read_manifest(std::string_view text, std::string& error);
  const GlyphManifest& manifest() const { return manifest_; }

  // Files to load now, by manifest name: those loaded at start, then — once
  // they are all in — the chunks `post` (when given) needs; none already added
  // or being loaded. Call again after files arrive (the start files tell which
  // chunks a post needs) and after a new post. Updates the fonts first
  // (between frames only).
  std::vector<std::string> wanted_files(const Post* post);
  // Marks files as being loaded, so wanted_files() stops listing them.
  void mark_requested(const std::vector<std::string>& names);
  // A listed file's bytes (copied). False with `error` when the name is not in
  // the manifest or the data is no font / sheet.
  bool add_file(std::string_view name, const void* data, size_t size, std::string& error);
  // Gives up on a file that could not be fetched (its glyphs stay missing).
  void mark_failed(std::string_view name);

  // Draws with the device's own fonts first (device_fonts.h); the files are then
  // fetched only for what the device lacks. `device` must outlive the set.
  void use_device(DeviceFonts* device);
  bool uses_device() const { return device_ != nullptr; }

  // Recreates the ImGui fonts when files arrived since the last call (outside
  // an ImGui frame). True when they changed.
  bool update();
  const ViewFonts& fonts() const { return fonts_; }
  const EmojiAtlas& emoji() const { return emoji_; }
  bool has_file(std::string_view name) const;

 private:
  enum class State : uint8_t { Missing, Requested, Loaded, Failed };
  int index_of(std::string_view name) const;
  void remove_fonts();

  GlyphManifest manifest_;
  std::vector<State> state_;
  std::vector<std::vector<uint8_t>> data_;  // face files' bytes, by manifest index
  EmojiAtlas emoji_;
  ViewFonts fonts_;
  ImFontAtlas* atlas_ = nullptr;  // where fonts_ live
  DeviceFonts* device_ = nullptr;
  bool dirty_ = false;
};

}  // namespace clinic::view

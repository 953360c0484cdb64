// The faces the view draws with. They arrive after start-up (the page fetches
// them), so every drawing path must cope with their absence.
#pragma once

struct ImFont;

namespace clinic::view {

enum class FontFace { Regular, Bold };

struct ViewFonts {
  ImFont* regular = nullptr;
  ImFont* bold = nullptr;
  // Bumped whenever glyph sources join the faces (FontSet::update): a new ImFont
  // may reuse a freed one's address, so layouts compare this too.
  unsigned generation = 0;

  bool ready() const { return regular != nullptr; }
  ImFont* face(bool bold_face) const { return bold_face && bold ? bold : regular; }
};

// Adds a TrueType face read into `data` (allocated with ImGui::MemAlloc; the
// atlas takes ownership and frees it). Returns false when the data is not a
// font ImGui can read (the atlas frees the memory then too).
bool add_font(ViewFonts& fonts, FontFace face, void* data, int size);

// ImGui 1.92 rasterises each font at its current density: keep every face at
// the device pixel ratio so glyphs are crisp at DPR 2 and 3 and under zoom.
void set_font_density(ViewFonts& fonts, float device_pixel_ratio);

}  // namespace clinic::view

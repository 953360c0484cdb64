#include "view_frame.h"

#include <imgui_internal.h>

namespace clinic::view {

void begin_view_frame() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiIO& io = g.IO;
  g.Time += io.DeltaTime;
  g.FrameCount += 1;

  // Input: as NewFrame's UpdateInputEvents and UpdateMouseInputs (the part the view reads).
  ImGui::UpdateInputEvents(io.ConfigInputTrickleEventQueue);
  if (ImGui::IsMousePosValid(&io.MousePos)) io.MousePos = g.MouseLastValidPos = ImFloor(io.MousePos);
  for (int i = 0; i < IM_ARRAYSIZE(io.MouseDown); ++i) {
    io.MouseClicked[i] = io.MouseDown[i] && io.MouseDownDuration[i] < 0.0f;
    io.MouseReleased[i] = !io.MouseDown[i] && io.MouseDownDuration[i] >= 0.0f;
    io.MouseDownDurationPrev[i] = io.MouseDownDuration[i];
    io.MouseDownDuration[i] = io.MouseDown[i] ? (io.MouseDownDuration[i] < 0.0f ? 0.0f : io.MouseDownDuration[i] + io.DeltaTime) : -1.0f;
  }
  g.MouseCursor = ImGuiMouseCursor_Arrow;

  // The display: the main viewport covers it, and so does the draw lists' clip rectangle.
  ImGuiViewportP* viewport = g.Viewports[0];
  viewport->Pos = ImVec2(0.0f, 0.0f);
  viewport->Size = io.DisplaySize;
  ImDrawListSharedData& shared = g.DrawListSharedData;
  shared.ClipRectFullscreen = ImVec4(0.0f, 0.0f, io.DisplaySize.x, io.DisplaySize.y);
  shared.CurveTessellationTol = g.Style.CurveTessellationTol;
  shared.SetCircleTessellationMaxError(g.Style.CircleTessellationMaxError);
  shared.InitialFlags = ImDrawListFlags_None;
  if (g.Style.AntiAliasedLines) shared.InitialFlags |= ImDrawListFlags_AntiAliasedLines;
  if (g.Style.AntiAliasedLinesUseTex && !(io.Fonts->Flags & ImFontAtlasFlags_NoBakedLines))
    shared.InitialFlags |= ImDrawListFlags_AntiAliasedLinesUseTex;
  if (g.Style.AntiAliasedFill) shared.InitialFlags |= ImDrawListFlags_AntiAliasedFill;
  if (io.BackendFlags & ImGuiBackendFlags_RendererHasVtxOffset) shared.InitialFlags |= ImDrawListFlags_AllowVtxOffset;
  shared.InitialFringeScale = 1.0f;

  // The fonts: the atlas's per-frame update (bakes unused for a while are
  // discarded, textures the renderer destroyed are made again), and the white
  // pixel the draw list's rectangles sample.
  ImFontAtlas* atlas = io.Fonts;
  ImFontAtlasUpdateNewFrame(atlas, g.FrameCount, (io.BackendFlags & ImGuiBackendFlags_RendererHasTextures) != 0);
  shared.FontAtlas = atlas;
  ImFontAtlasUpdateDrawListsSharedData(atlas);
}

ImDrawData* end_view_frame() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiIO& io = g.IO;
  // The textures the renderer creates or updates (EndFrame's UpdateTexturesEndFrame).
  g.PlatformIO.Textures.resize(0);
  for (ImFontAtlas* atlas : g.FontAtlases) {
    for (ImTextureData* tex : atlas->TexList) {
      tex->RefCount = static_cast<unsigned short>(atlas->RefCount);
      g.PlatformIO.Textures.push_back(tex);
    }
  }
  io.MousePosPrev = io.MousePos;
  io.AppFocusLost = false;

  ImGuiViewportP* viewport = g.Viewports[0];
  ImDrawData& data = viewport->DrawDataP;
  data.Clear();
  data.Valid = true;
  data.DisplayPos = viewport->Pos;
  data.DisplaySize = viewport->Size;
  data.FramebufferScale = io.DisplayFramebufferScale;
  data.OwnerViewport = viewport;
  data.Textures = &g.PlatformIO.Textures;
  data.AddDrawList(ImGui::GetBackgroundDrawList());  // drops its last command when empty, as Render does
  return &data;
}

bool view_input_pending() { return ImGui::GetCurrentContext()->InputEventsQueue.Size > 0; }

}  // namespace clinic::view

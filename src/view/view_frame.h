// One frame of the view without ImGui's windows (issue 15). The view draws into
// the background draw list alone; ImGui::NewFrame/EndFrame/Render would also run
// (and keep in the browser's wasm: 49 KB brotli of 210) the window, table,
// navigation, popup and error-recovery machinery, for a fallback "Debug" window
// nothing ever draws into. begin_view_frame/end_view_frame do only what the view
// needs of them, the way ImGui 1.92 does it: the input queue trickled into
// ImGuiIO (one button change per frame), the pointer's clicked/released state,
// the font atlas's per-frame update and texture list, the background draw list
// and the draw data the renderers (src/platform/gles3) take.
#pragma once

#include <imgui.h>

namespace clinic::view {

// Starts a frame of io.DisplaySize after the platform set io.DeltaTime and
// io.DisplaySize: then ImGui::GetBackgroundDrawList(), ImGui::IsMouseClicked /
// IsMouseReleased, io.MousePos and ImGui::SetMouseCursor work as after NewFrame.
void begin_view_frame();

// Ends it: the draw data of the background draw list, with the atlas's textures
// to create or update, at io.DisplayFramebufferScale. Valid until the next frame.
ImDrawData* end_view_frame();

// Input events still queued (a tap's release waits for the frame after its press).
bool view_input_pending();

}  // namespace clinic::view

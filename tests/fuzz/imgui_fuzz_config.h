// Dear ImGui's configuration in the fuzz build (IMGUI_USER_CONFIG, set by
// tests/fuzz/CMakeLists.txt for every file that includes imgui.h).
#pragma once

// ImGui's own checks are live here (the release builds compile them out): one
// that fails is a crash libFuzzer records. See imgui_fuzz_assert.cpp.
void clinic_fuzz_imgui_assert(const char* expression, const char* file, int line);
#define IM_ASSERT(_EXPR) ((_EXPR) ? (void)0 : clinic_fuzz_imgui_assert(#_EXPR, __FILE__, __LINE__))

// A frame of the whole post (HeadlessView::draw) outgrows 16-bit indices.
#define ImDrawIdx unsigned int

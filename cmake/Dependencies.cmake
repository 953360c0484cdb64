# Targets for the third-party sources unpacked by deps/fetch.sh. The same sources
# serve the native and the WebAssembly builds.
set(MD4C_DIR "${CLINIC_READER_DEPS_DIR}/md4c")
if(NOT EXISTS "${MD4C_DIR}/src/md4c.c")
  message(FATAL_ERROR "md4c sources not found in ${MD4C_DIR}; run deps/fetch.sh first")
endif()

# md4c: the parser, plus its entity table (we decode entities the way md2html does).
add_library(md4c STATIC "${MD4C_DIR}/src/md4c.c" "${MD4C_DIR}/src/entity.c")
target_include_directories(md4c SYSTEM PUBLIC "${MD4C_DIR}/src")
set_target_properties(md4c PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
target_compile_definitions(md4c PUBLIC MD4C_USE_UTF8)
if(EMSCRIPTEN)
  target_compile_options(md4c PRIVATE ${CLINIC_READER_HOT_PATH_FLAGS}  # see CMakeLists.txt
                         -include "${CMAKE_CURRENT_LIST_DIR}/md4c_inline_strchr.h")
endif()

# md4c's own HTML renderer and md2html: the reference our tests and benchmarks
# compare against.
if(NOT EMSCRIPTEN)
  add_library(md4c_html STATIC "${MD4C_DIR}/src/md4c-html.c")
  target_link_libraries(md4c_html PUBLIC md4c)
  add_executable(md2html "${MD4C_DIR}/md2html/md2html.c" "${MD4C_DIR}/md2html/cmdline.c")
  target_link_libraries(md2html PRIVATE md4c_html)
  target_compile_definitions(md2html PRIVATE MD_VERSION_MAJOR=0 MD_VERSION_MINOR=5 MD_VERSION_RELEASE=3)
endif()

# Dear ImGui: the core library (its renderer is ours, src/platform/gles3). Only
# needed by the view, so a tree without its sources still builds the core.
set(IMGUI_DIR "${CLINIC_READER_DEPS_DIR}/imgui")
if(EXISTS "${IMGUI_DIR}/imgui.cpp")
  add_library(imgui STATIC
    "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp"
    "${IMGUI_DIR}/imgui_tables.cpp" "${IMGUI_DIR}/imgui_widgets.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}")
  # One configuration for every translation unit that includes imgui.h:
  # 32-bit ImWchar for emoji and other codepoints above U+FFFF; our fonts are
  # loaded at run time, so ImGui's embedded ProggyClean and debug tools are dead weight.
  target_compile_definitions(imgui PUBLIC
    IMGUI_USE_WCHAR32 IMGUI_DISABLE_DEFAULT_FONT IMGUI_DISABLE_DEBUG_TOOLS
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_FILE_FUNCTIONS)
  set_target_properties(imgui PROPERTIES POSITION_INDEPENDENT_CODE ON)

  # stb_image, PNG only: decodes the emoji sprite sheets, the same way in the
  # browser and natively (the view's only image decoder; post images are the browser's).
  set(STB_DIR "${CLINIC_READER_DEPS_DIR}/libstb")
  if(NOT EXISTS "${STB_DIR}/stb_image.h")
    message(FATAL_ERROR "stb sources not found in ${STB_DIR}; run deps/fetch.sh first")
  endif()
  file(GENERATE OUTPUT "${CMAKE_BINARY_DIR}/generated/stb_image_png.c"
       CONTENT "#define STB_IMAGE_IMPLEMENTATION\n#include <stb_image.h>\n")
  add_library(stb_image_png STATIC "${CMAKE_BINARY_DIR}/generated/stb_image_png.c")
  target_include_directories(stb_image_png SYSTEM PUBLIC "${STB_DIR}")
  target_compile_definitions(stb_image_png PUBLIC
    STBI_ONLY_PNG STBI_NO_STDIO STBI_NO_LINEAR STBI_NO_HDR)
  set_target_properties(stb_image_png PROPERTIES POSITION_INDEPENDENT_CODE ON)

endif()

# gumbo-parser: the HTML5 parser behind `clinic-reader import page.html` (why
# gumbo: docs/post-format.md, "Importing saved web pages"). Only the importer
# links it (clinic_html_import): never the reader's runtime wasm.
set(GUMBO_DIR "${CLINIC_READER_DEPS_DIR}/gumbo-parser")
if(NOT EXISTS "${GUMBO_DIR}/src/gumbo.h")
  message(FATAL_ERROR "gumbo-parser sources not found in ${GUMBO_DIR}; run deps/fetch.sh first")
endif()
file(GLOB GUMBO_SOURCES "${GUMBO_DIR}/src/*.c")
add_library(gumbo STATIC ${GUMBO_SOURCES})
target_include_directories(gumbo SYSTEM PUBLIC "${GUMBO_DIR}/src")
set_target_properties(gumbo PROPERTIES C_STANDARD 99 POSITION_INDEPENDENT_CODE ON)
# Third-party code: its warnings are not ours to fix.
target_compile_options(gumbo PRIVATE -w)

#pragma once
// The package's strings into the core and its answers out to JavaScript:
// utf8::from_utf16 and utf8::to_utf16 with the same results, sixteen ASCII
// units a step where the Node build has WebAssembly SIMD (Node has had it since
// 16.4; the widget's wasm, which older phones run, does not use it).
// Why: posts and their HTML are mostly ASCII, and Korean text between its
// ASCII is three-byte characters: the two conversions took a ninth of an
// English articleHtml call and a fifth of a Korean one, scalar.
#include <cstddef>
#include <string_view>

namespace clinic::node {

// As utf8::to_utf16: `out` has room for in.size() code units.
size_t to_utf16(std::string_view in, char16_t* out);

// As utf8::from_utf16: `out` has room for three bytes a unit.
size_t from_utf16(const char16_t* in, size_t units, char* out);

}  // namespace clinic::node

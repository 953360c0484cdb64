/* Force-included into md4c.c in the WebAssembly build (cmake/Dependencies.cmake).
 * md4c looks characters up in short palettes with strchr ("*_~", "-+*", ...),
 * once per mark on emphasis-heavy text. Emscripten's musl strchr is an
 * out-of-line word-at-a-time scan whose set-up outweighs a three-byte palette:
 * on 280 KB of emphasis markers it took 18 % of the whole parse -> HTML
 * (bench/wasm_bench.mjs). A byte loop the compiler can inline does the same. */
#ifndef CLINIC_READER_MD4C_INLINE_STRCHR_H
#define CLINIC_READER_MD4C_INLINE_STRCHR_H

#include <string.h>

static inline char* clinic_reader_palette_strchr(const char* s, int c) {
  const char ch = (char)c;
  for (;; ++s) {
    if (*s == ch) return (char*)s;
    if (*s == '\0') return NULL;
  }
}
#define strchr clinic_reader_palette_strchr

#endif

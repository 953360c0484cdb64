// Prints the theme as JSON (view::theme_json) for web/assemble.py, which builds
// it into the loader's styles: the element's HTML renditions then use the
// canvas's own colours and type scale. Run by node at build time (build-wasm.sh).
#include <cstdio>

#include "view/theme_css.h"

int main() {
  std::puts(clinic::view::theme_json().c_str());
  return 0;
}

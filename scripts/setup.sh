#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine.
# Idempotent and quiet when everything is there already.
#
#   scripts/setup.sh native   compilers, CMake, GoogleTest (the core, CLI, native tests);
#                             Mesa's EGL/GLES (llvmpipe), libpng, fonts and font tools
#                             for `clinic-reader render` and the native view tests;
#                             Unicode's emoji-test.txt (unicode-data), the view tests' oracle
#   scripts/setup.sh web      + Emscripten, the three browser engines the tests drive
#                             (Chromium; Firefox ESR and WebKitGTK's WebDriver, under
#                             Xvfb), a phone's system fonts, npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

native_packages=(build-essential cmake g++ git libgtest-dev googletest python3 xz-utils ca-certificates
                 libegl-dev libgles-dev libegl-mesa0 libgl1-mesa-dri libpng-dev python3-fonttools fonts-nanum
                 fonts-noto-cjk python3-pil nodejs unicode-data)
web_packages=(emscripten chromium nodejs brotli zopfli firefox-esr webkit2gtk-driver xvfb xauth poppler-utils
              fonts-noto-color-emoji)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "setup: installing ${missing[*]}" >&2
  # Another apt (an unattended upgrade, a parallel job) may hold the lock: wait for it.
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# The glyph recipes' inputs (assets/fonts/package.json: Unicode's emoji data and
# the emoji images), which the view's build and the font build both read.
glyph_sources() {
  # npm comes with NodeSource's nodejs; Debian's splits it out.
  command -v npm >/dev/null || install_missing npm
  local dir=assets/fonts
  [ -d "$dir/node_modules" ] && (cd "$dir" && npm ls --silent >/dev/null 2>&1) ||
    npm ci --prefix "$dir" --no-audit --no-fund --ignore-scripts >&2
}

case "${1:-native}" in
  native) install_missing "${native_packages[@]}"; glyph_sources ;;
  web)
    install_missing "${native_packages[@]}" "${web_packages[@]}"
    glyph_sources
    if [ -f package-lock.json ]; then
      [ -d node_modules ] && npm ls --silent >/dev/null 2>&1 || npm ci --no-audit --no-fund >&2
    fi
    ;;
  *) echo "usage: scripts/setup.sh native|web" >&2; exit 2 ;;
esac

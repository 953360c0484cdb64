#!/usr/bin/env bash
# Installs what the build and the tests need on a fresh Debian machine.
# Idempotent and quiet when everything is there already.
#
#   scripts/setup.sh native   compilers, CMake, GoogleTest (the core, CLI, native tests);
#                             Mesa's EGL/GLES (llvmpipe), libpng, fonts and font tools
#                             for `clinic-reader render` and the native view tests
#   scripts/setup.sh web      + Emscripten, Chromium, npm packages
set -euo pipefail
cd "$(dirname "$0")/.."

native_packages=(build-essential cmake g++ git libgtest-dev googletest python3 xz-utils ca-certificates
                 libegl-dev libgles-dev libegl-mesa0 libgl1-mesa-dri libpng-dev python3-fonttools fonts-nanum)
web_packages=(emscripten chromium nodejs)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  echo "setup: installing ${missing[*]}" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

case "${1:-native}" in
  native) install_missing "${native_packages[@]}" ;;
  web)
    install_missing "${native_packages[@]}" "${web_packages[@]}"
    # npm comes with NodeSource's nodejs; Debian's splits it out.
    command -v npm >/dev/null || install_missing npm
    if [ -f package-lock.json ]; then
      [ -d node_modules ] && npm ls --silent >/dev/null 2>&1 || npm ci --no-audit --no-fund >&2
    fi
    ;;
  *) echo "usage: scripts/setup.sh native|web" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Builds the reader widget for the browser and writes the deployable folder dist/,
# then the npm package build/npm/clinic-reader/ (npm/assemble.mjs; `npm pack` in it
# makes the tarball).
#
#   ./build-wasm.sh                 build dist/
#   ./build-wasm.sh --serve [PORT]  build, then serve dist/ on 127.0.0.1 (default 8000)
#
# Installs what it needs when missing (Debian's emscripten, python3-fonttools,
# fonts-nanum; the pinned dependency sources through deps/fetch.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"

serve=0
port=8000
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) serve=1; if [[ ${2:-} =~ ^[0-9]+$ ]]; then port=$2; shift; fi ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "build-wasm: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

log() { echo "build-wasm: $*" >&2; }

# --- tools ------------------------------------------------------------------
# scripts/setup.sh holds the project's package lists; its "web" set is this
# build's (Emscripten, fonts, font tools) plus what the browser tests use
# (the browser engines, npm packages from package-lock.json). Quiet when all is there.
scripts/setup.sh web
command -v ninja >/dev/null && generator=(-G Ninja) || generator=()
# Debian's emscripten finds its node modules (acorn, ...) only through NODE_PATH.
[ -d /usr/share/nodejs ] && export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

# --- build ------------------------------------------------------------------
deps=$(deps/fetch.sh)
build=build/wasm
if [ ! -f "$build/CMakeCache.txt" ]; then
  # Release flags (-Os) are set once, in the top CMakeLists.txt.
  emcmake cmake -S . -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DCLINIC_READER_DEPS_DIR="$deps" >&2
fi
cmake --build "$build" --target clinic_reader_web clinic_authoring_web clinic_theme_json clinic_node clinic_cli_node -j "$(nproc)" >&2

# --- fonts and emoji (regenerated only when a recipe, its inputs or a post changed) --
# The same recipe and inputs as the native build's (src/platform/native): text
# face parts, emoji sprite sheets, licences; fonts.txt, the list, written last.
fonts=build/fonts
posts=(assets/posts/*.md)
if [ ! -f "$fonts/fonts.txt" ] ||
   [ -n "$(find assets/fonts/*.py assets/fonts/package-lock.json "${posts[@]}" -newer "$fonts/fonts.txt" 2>/dev/null)" ]; then
  log "building the glyph files (text face parts, emoji sheets)"
  /usr/bin/python3 assets/fonts/build_glyphs.py "$fonts" "${posts[@]}" 2>/dev/null
fi

# --- dist/ --------------------------------------------------------------------
staging=$(mktemp -d "$root/build/dist.XXXXXX")
trap 'rm -rf "$staging"' EXIT
mkdir -p "$staging/fonts" "$staging/posts" "$staging/licenses"
cp "$build/src/platform/web/clinic-reader-core.js" "$build/src/platform/web/clinic-reader-core.wasm" "$staging/"
cp web/*.html web/*.css web/demo*.js "$staging/"
# The authoring page (web/editor.html) and its importer/linter module.
cp web/editor.js "$build/src/platform/web/clinic-reader-authoring.js" "$build/src/platform/web/clinic-reader-authoring.wasm" "$staging/"
cp "$fonts"/*.otf "$fonts"/*.png "$fonts/fonts.txt" "$staging/fonts/"
cp "${posts[@]}" "$staging/posts/"
cp "$deps/imgui/LICENSE.txt" "$staging/licenses/imgui-LICENSE.txt"
cp "$deps/md4c/LICENSE.md" "$staging/licenses/md4c-LICENSE.md"
cp "$deps/libstb/LICENSE" "$staging/licenses/stb-LICENSE.txt"
cp "$fonts/LICENSE-NotoSansCJK.txt" "$staging/licenses/NotoSansCJK-LICENSE.txt"
cp "$fonts/LICENSE-NotoEmoji-Apache-2.0.txt" "$staging/licenses/NotoEmoji-LICENSE-Apache-2.0.txt"
cp "$fonts/LICENSE-emoji-datasource.txt" "$staging/licenses/emoji-datasource-LICENSE.txt"
cp "$fonts/NOTICE-emoji.txt" "$staging/licenses/emoji-NOTICE.txt"
# The theme (src/view/theme.cpp) as JSON, for the loader's styles; assemble.py builds it in.
node --no-experimental-fetch "$build/src/platform/web/clinic-theme-json.js" >"$staging/theme.json"
# Content-hashed runtime names, the one-file loader, sw.js (web/assemble.py).
python3 web/assemble.py "$staging"
# The runtime and the font files precompressed beside themselves (brotli, zopfli
# gzip), for servers that serve such siblings (web/serve.py does; so do nginx's
# brotli_static and gzip_static). PNG sheets are compressed already.
for f in "$staging"/clinic-reader.js "$staging"/clinic-reader.css "$staging"/clinic-reader-core.*.js "$staging"/clinic-reader-core.*.wasm \
         "$staging"/fonts/*.otf "$staging"/fonts/fonts.*.txt; do
  brotli -q 11 -c "$f" >"$f.br"
  zopfli -c "$f" >"$f.gz"
done
chmod -R a+rX "$staging"
rm -rf dist
mv "$staging" dist
trap - EXIT
log "dist/ ready: $(du -sh dist | cut -f1)"
for f in dist/clinic-reader-core.*.wasm dist/clinic-reader-core.*.js dist/clinic-reader.js; do
  log "  $(basename "$f"): $(wc -c <"$f") bytes, $(gzip -9c "$f" | wc -c) gzip"
done

# --- the npm package (after dist/: it carries dist/'s runtime files) ----------
package=build/npm/clinic-reader
node npm/assemble.mjs dist "$build" "$package"
log "$package/ ready: $(du -sh "$package" | cut -f1); its Node wasm: $(wc -c <"$package/lib/clinic-reader-node.wasm") bytes (API), $(wc -c <"$package/lib/clinic-reader-cli.wasm") (CLI)"

if [ "$serve" = 1 ]; then
  exec python3 web/serve.py dist "$port"
fi

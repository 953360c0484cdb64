#!/usr/bin/env bash
# Fetches the pinned third-party sources (deps/sources.lock) from Debian's source
# packages, verifies them and unpacks them into the cache. Idempotent; offline once
# the cache is filled. Prints the cache's source folder on stdout.
#
#   deps/fetch.sh            fetch everything in the lock file
#   deps/fetch.sh md4c       fetch one
#
# CLINIC_READER_CACHE overrides the cache root (default ~/.cache/clinic-reader).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${CLINIC_READER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/clinic-reader}
downloads=$cache/downloads
sources=$cache/src
mkdir -p "$downloads" "$sources"

log() { echo "deps: $*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian keeps newer versions of md4c and imgui only in testing/unstable, whose
# source indices a stable machine does not list. Add deb-src entries built from
# the machine's own archive URIs, so that no host name is written in this repo.
src_list=/etc/apt/sources.list.d/clinic-reader-src.sources
ensure_source_index() {
  local name=$1 version=$2
  if apt-cache showsrc "$name" 2>/dev/null | grep -qx "Version: $version"; then return; fi
  if [ ! -f "$src_list" ]; then
    local uri
    uri=$( { cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null || true; } |
           awk '$1 == "URIs:" || $1 == "deb" {print $2}' |
           grep -v -- '-security' | grep -m1 '/debian/\?$' || true)
    [ -n "$uri" ] || { log "no Debian archive URI in the machine's apt sources"; exit 1; }
    log "adding deb-src entries for $uri (stable, testing, unstable)"
    printf 'Types: deb-src\nURIs: %s\nSuites: stable testing unstable\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "$uri" | as_root tee "$src_list" >/dev/null
  fi
  log "updating apt's source indices"
  as_root apt-get update -qq >&2
}

fetch_one() {
  local name=$1 version=$2 tarball=$3 sha=$4
  local dest=$sources/$name-$version
  [ -f "$dest/.verified" ] && return
  local file=$downloads/$tarball
  if [ ! -f "$file" ] || ! echo "$sha  $file" | sha256sum -c --status; then
    ensure_source_index "$name" "$version"
    # Only the orig tarball: some .dsc/.debian.tar files are missing from the archive.
    local uri
    uri=$(apt-get source --print-uris --download-only "$name=$version" 2>/dev/null |
          awk -v f="$tarball" '$2 == f {gsub("\047", "", $1); print $1}')
    [ -n "$uri" ] || { log "apt does not know $tarball ($name $version)"; exit 1; }
    log "downloading $tarball"
    rm -f "$file"
    /usr/lib/apt/apt-helper download-file "$uri" "$file" "SHA256:$sha" >&2
  fi
  echo "$sha  $file" | sha256sum -c --status || { log "checksum mismatch for $tarball"; rm -f "$file"; exit 1; }
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  tar -xf "$file" -C "$dest.tmp" --strip-components=1
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
  echo "$sha" > "$dest/.verified"
  log "$name $version ready in $dest"
}

want=("$@")
while read -r name version tarball sha; do
  case "$name" in ''|'#'*) continue ;; esac
  if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $name "* ]]; then continue; fi
  fetch_one "$name" "$version" "$tarball" "$sha"
  # Stable paths for the build, independent of the version string.
  ln -sfn "$name-$version" "$sources/$name"
done < "$here/sources.lock"
echo "$sources"
